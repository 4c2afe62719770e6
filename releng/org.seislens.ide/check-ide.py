#!/usr/bin/env python3
"""Starts the Eclipse IDE-like installation that the build assembled and checks what its probe reports.

  check-ide.py installed|uninstalled <ide folder> <work folder> <java>

installed: the Gather QC perspective is found and opens, the four SeisLens views and the SEG-Y import wizard are
contributed, the SeisLens DS components are satisfied and the import and dataset services active, and a
generated survey imported through the import service is shown in the viewer. uninstalled: no SeisLens bundle,
perspective, view or wizard is left. Both: the IDE starts and closes by itself and logs no error. Prints one
line with the installed bundle count and the perspective found; exits 1 with the problems otherwise."""
import glob
import json
import os
import re
import shutil
import subprocess
import sys
import time

TIMEOUT_S = 300
# Logged by the platform's org.eclipse.ui.navigator.resources (TabbedPropertySheetTitleProvider) when the
# Properties view still holds the Project Explorer's selection after a switch to a perspective without the
# Project Explorer: the probe switches from the Resource perspective to Gather QC, as a user would.
KNOWN_PLATFORM_ERRORS = ("Could not acquire INavigatorContentService: Project Explorer not found.",)
SERVICES = ("org.seislens.core.SegyImportService", "org.seislens.core.DatasetService")


def main():
    mode, ide, work, java = sys.argv[1:5]
    if not os.environ.get("DISPLAY"):
        sys.exit("IDE install check: needs a display; run the build under xvfb-run")
    run = os.path.join(work, mode)
    shutil.rmtree(run, ignore_errors=True)
    os.makedirs(run)
    report = os.path.join(run, "report.json")
    screenshot = os.path.join(run, "ide-gather-qc.png")
    launchers = glob.glob(os.path.join(ide, "plugins", "org.eclipse.equinox.launcher_*.jar"))
    if not launchers:
        sys.exit(f"IDE install check: no launcher jar in {ide}/plugins")
    bundles_info = os.path.join(ide, "configuration", "org.eclipse.equinox.simpleconfigurator", "bundles.info")
    listed = [line for line in open(bundles_info) if not line.startswith("#")]
    command = [java, "-Xmx1g", "--enable-native-access=ALL-UNNAMED", "-Dorg.slf4j.simpleLogger.defaultLogLevel=warn",
               "-Dseislens.probe.report=" + report, "-Dseislens.probe.data=" + os.path.join(run, "data"),
               "-Dseislens.probe.screenshot=" + screenshot, "-jar", launchers[0], "-install", ide,
               "-data", os.path.join(run, "workspace"), "-nosplash", "-application", "org.eclipse.ui.ide.workbench"]
    start = time.monotonic()
    with open(os.path.join(run, "console.log"), "w") as console:
        process = subprocess.Popen(command, stdout=console, stderr=subprocess.STDOUT)
        try:
            code = process.wait(TIMEOUT_S)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()
            sys.exit(f"IDE install check ({mode}): the IDE did not close within {TIMEOUT_S} s; see {run}/console.log")
    seconds = time.monotonic() - start
    problems = []
    if code != 0:
        problems.append(f"the IDE exited with {code}")
    if not os.path.isfile(report):
        sys.exit(f"IDE install check ({mode}): no probe report; the IDE exited with {code}, see {run}/console.log")
    facts = json.load(open(report))
    problems += [f"probe error: {e}" for e in facts.get("errors", [])]
    problems += logged_errors(os.path.join(run, "workspace", ".metadata", ".log"))
    if mode == "installed":
        problems += check_installed(facts)
    else:
        problems += check_uninstalled(facts)
    if problems:
        print(f"IDE install check ({mode}) failed:\n  " + "\n  ".join(problems), file=sys.stderr)
        print(f"  report: {report}\n  console: {run}/console.log", file=sys.stderr)
        sys.exit(1)
    perspective = facts["perspective"]
    found = f"perspective {perspective['label']} ({perspective['id']}) opened" if perspective["found"] \
        else f"perspective {perspective['id']} absent"
    dataset = facts.get("dataset")
    shown = f", {dataset['importedTraces']} traces shown in '{dataset['viewerTitle']}'" if dataset else ""
    print(f"IDE install check ({mode}): {len(listed)} bundles in bundles.info, {facts['bundles']} installed in the "
          f"framework, {len(facts['seislensBundles'])} SeisLens bundles, {found}{shown}; "
          f"IDE ran {seconds:.1f} s")


def logged_errors(log):
    """Error entries (severity 4) of the workspace log."""
    if not os.path.isfile(log):
        return []
    text = open(log, errors="replace").read()
    entries = re.findall(r"^!ENTRY \S+ 4 .*\n!MESSAGE (.*)$", text, re.MULTILINE)
    return [f"logged error: {m.strip()}" for m in entries if m.strip() not in KNOWN_PLATFORM_ERRORS]


def check_installed(facts):
    problems = []
    names = {b["name"] for b in facts["seislensBundles"]}
    for bundle in ("org.seislens.core", "org.seislens.segy", "org.seislens.store", "org.seislens.ui"):
        if bundle not in names:
            problems.append(f"bundle {bundle} is not installed")
    perspective = facts["perspective"]
    if not perspective["found"] or not perspective.get("opened"):
        problems.append(f"Gather QC perspective found={perspective['found']} opened={perspective.get('opened')}")
    for view, state in facts["views"].items():
        if not state["contributed"] or not state["shown"]:
            problems.append(f"view {view}: {state}")
    if not facts["importWizard"]["contributed"]:
        problems.append("the SEG-Y import wizard is not contributed")
    components = facts.get("components", [])
    if not components:
        problems.append("no SeisLens DS component is known to the DS runtime")
    for component in components:
        bad = [s for s in component["states"] if s not in ("ACTIVE", "SATISFIED")]
        if not component["enabled"] or bad or not component["states"]:
            problems.append(f"component {component['name']}: enabled={component['enabled']} {component['states']}")
    for service in SERVICES:
        if not any(service in c["services"] and "ACTIVE" in c["states"] for c in components):
            problems.append(f"no active component provides {service}")
    dataset = facts.get("dataset") or {}
    if dataset.get("importedTraces") != dataset.get("expectedTraces") or not dataset.get("importedTraces"):
        problems.append(f"import: {dataset}")
    if dataset.get("openStatus") != "OK" or not dataset.get("shownInViewer"):
        problems.append(f"dataset not shown in the viewer: {dataset}")
    return problems


def check_uninstalled(facts):
    problems = []
    if facts["seislensBundles"]:
        problems.append(f"SeisLens bundles left: {facts['seislensBundles']}")
    if facts["perspective"]["found"]:
        problems.append("the Gather QC perspective is still contributed")
    for view, state in facts["views"].items():
        if state["contributed"]:
            problems.append(f"view {view} is still contributed")
    if facts["importWizard"]["contributed"]:
        problems.append("the SEG-Y import wizard is still contributed")
    if facts.get("components"):
        problems.append(f"SeisLens DS components left: {facts['components']}")
    return problems


if __name__ == "__main__":
    main()
