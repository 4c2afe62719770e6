#!/usr/bin/env python3
"""Checks the three SeisLens product archives that the build writes into the folder given as argument.

Each archive must hold its own system's SWT fragment, the Java launcher jar, the SeisLens bundles and its
system's start script, and no other system's SWT or launcher fragment or start script. The macOS start script
is also run here (it is POSIX sh) against stand-in Java runtimes, to show it refuses a Java older than 21 with a
clear message and starts the launcher jar on the first thread with a Java 21 one. Prints one line per archive
with its size. Exits 1 with the list of problems when anything is wrong."""
import io
import os
import re
import stat
import struct
import subprocess
import sys
import tarfile
import tempfile
import zipfile

SYSTEMS = {
    "linux": ("linux.gtk.x86_64", "seislens", "seislens"),
    "win32": ("win32.win32.x86_64", "seislens", "seislens.cmd"),
    "macosx": ("macosx.cocoa.aarch64", "SeisLens.app/Contents/Eclipse", "SeisLens.command"),
}
FRAGMENTS = {
    "linux": ("org.eclipse.swt.gtk.linux.x86_64", "org.eclipse.equinox.launcher.gtk.linux.x86_64"),
    "win32": ("org.eclipse.swt.win32.win32.x86_64", "org.eclipse.equinox.launcher.win32.win32.x86_64"),
    "macosx": ("org.eclipse.swt.cocoa.macosx.aarch64", "org.eclipse.equinox.launcher.cocoa.macosx.aarch64"),
}
REQUIRED_BUNDLES = ("org.seislens.rcp", "org.seislens.ui", "org.seislens.store", "org.eclipse.swt",
                    "org.eclipse.equinox.launcher")
# Icon sizes each system asks for: the window images every system's SWT shells use (in the rcp bundle), the
# Windows icon beside the start script (shortcuts and the taskbar) and the macOS app icon (Finder and Dock).
WINDOW_IMAGE_SIZES = (16, 32, 48, 64, 128, 256)
ICO_SIZES = (16, 24, 32, 48, 64, 128, 256)
ICNS_TYPES = {b"icp4": 16, b"ic11": 32, b"icp5": 32, b"ic12": 64, b"ic07": 128, b"ic13": 256, b"ic08": 256,
              b"ic14": 512, b"ic09": 512, b"ic10": 1024}
PNG_SIGNATURE = b"\x89PNG\r\n\x1a\n"
problems = []


def png_size(data):
    """(width, height) of PNG data, or None when it is not a PNG."""
    if not data.startswith(PNG_SIGNATURE) or data[12:16] != b"IHDR":
        return None
    return struct.unpack(">II", data[16:24])


def check_ico(system, data):
    """Every size in ICO_SIZES present as a PNG of that size in the Windows icon."""
    if data[:4] != b"\x00\x00\x01\x00":
        problems.append(f"{system}: seislens.ico is not an icon file")
        return
    found = set()
    for i in range(struct.unpack("<H", data[4:6])[0]):
        _, _, _, _, _, _, length, offset = struct.unpack("<BBBBHHII", data[6 + 16 * i:22 + 16 * i])
        size = png_size(data[offset:offset + length])
        if size and size[0] == size[1]:
            found.add(size[0])
    for s in ICO_SIZES:
        if s not in found:
            problems.append(f"{system}: seislens.ico has no {s} x {s} image")


def check_icns(system, data):
    """Every type in ICNS_TYPES present with a PNG of its pixel size in the macOS app icon."""
    if data[:4] != b"icns" or struct.unpack(">I", data[4:8])[0] != len(data):
        problems.append(f"{system}: SeisLens.icns is not an icns file")
        return
    found, at = {}, 8
    while at + 8 <= len(data):
        kind, length = data[at:at + 4], struct.unpack(">I", data[at + 4:at + 8])[0]
        found[kind] = png_size(data[at + 8:at + length])
        at += max(length, 8)
    for kind, s in ICNS_TYPES.items():
        if found.get(kind) != (s, s):
            problems.append(f"{system}: SeisLens.icns has no {s} x {s} image of type {kind.decode()}")


def check_window_images(system, files, root):
    """The rcp bundle (a jar or a folder) holds the window images, each a PNG of its size."""
    prefix = root + "/plugins/org.seislens.rcp_"
    jars = [n for n in files if n.startswith(prefix) and n.endswith(".jar") and n.count("/") == root.count("/") + 2]
    if jars:
        with zipfile.ZipFile(io.BytesIO(files[jars[0]][1]())) as rcp:
            images = {n: (lambda n=n: rcp.read(n)) for n in rcp.namelist()}
            read = {n: images[n]() for n in images if n.startswith("icons/")}
    else:
        read = {n.split("/", n.count("/") - 1)[-1]: files[n][1]() for n in files
                if n.startswith(prefix) and "/icons/" in n}
    for s in WINDOW_IMAGE_SIZES:
        name = f"icons/seislens{s}.png"
        if name not in read or png_size(read[name]) != (s, s):
            problems.append(f"{system}: the rcp bundle has no {s} x {s} window image {name}")


def entries(path):
    """Maps each file name in the archive to (mode or None, bytes reader)."""
    if path.endswith(".zip"):
        archive = zipfile.ZipFile(path)
        return {i.filename: ((i.external_attr >> 16) or None, lambda n=i.filename: archive.read(n))
                for i in archive.infolist() if not i.is_dir()}
    archive = tarfile.open(path)
    return {m.name: (m.mode, lambda m=m: archive.extractfile(m).read()) for m in archive.getmembers() if m.isfile()}


def bundles(names, root):
    """Bundle symbolic names found under root/plugins (jars and folders)."""
    found = set()
    prefix = root + "/plugins/"
    for name in names:
        if name.startswith(prefix):
            top = name[len(prefix):].split("/")[0]
            found.add(re.sub(r"_\d+\.\d+\.\d+.*$", "", top))
    return found


def check(system, folder):
    suffix, root, script = SYSTEMS[system]
    ext = ".zip" if system == "win32" else ".tar.gz"
    path = os.path.join(folder, "seislens-1.0.0-" + suffix + ext)
    if not os.path.isfile(path):
        problems.append(f"{system}: archive {path} is missing")
        return None
    files = entries(path)
    found = bundles(files, root)
    own_swt, own_launcher = FRAGMENTS[system]
    if own_swt not in found:
        problems.append(f"{system}: {own_swt} is missing")
    if system == "linux" and own_launcher not in found:
        problems.append(f"{system}: {own_launcher} is missing")
    for other, fragments in FRAGMENTS.items():
        if other != system:
            for fragment in fragments:
                if fragment in found:
                    problems.append(f"{system}: holds {other}'s fragment {fragment}")
    for bundle in REQUIRED_BUNDLES:
        if bundle not in found:
            problems.append(f"{system}: bundle {bundle} is missing")
    if root + "/configuration/config.ini" not in files:
        problems.append(f"{system}: configuration/config.ini is missing")
    start = root + "/" + script
    if start not in files:
        problems.append(f"{system}: start script {start} is missing")
    elif system != "win32" and not (files[start][0] or 0) & stat.S_IXUSR:
        problems.append(f"{system}: start script {start} is not executable")
    for other, (_, _, other_script) in SYSTEMS.items():
        if other != system and root + "/" + other_script in files:
            problems.append(f"{system}: holds {other}'s start script {other_script}")
    if system == "win32" and start in files and b"\r\n" not in files[start][1]():
        problems.append("win32: seislens.cmd has no CRLF line ends")
    check_window_images(system, files, root)
    if system == "win32":
        icon = root + "/seislens.ico"
        if icon not in files:
            problems.append("win32: seislens.ico is missing beside seislens.cmd")
        else:
            check_ico(system, files[icon][1]())
        text = files[start][1]() if start in files else b""
        if b"LSS 1024" not in text or b"-Xmx%heapmb%m" not in text:
            problems.append("win32: seislens.cmd does not size the heap (a quarter of memory, at least 1 GB)")
    if system == "macosx":
        icns = "SeisLens.app/Contents/Resources/SeisLens.icns"
        if icns not in files:
            problems.append("macosx: SeisLens.app/Contents/Resources/SeisLens.icns is missing")
        else:
            check_icns(system, files[icns][1]())
        plist = "SeisLens.app/Contents/Info.plist"
        executable = "SeisLens.app/Contents/MacOS/SeisLens"
        if plist not in files or b"<string>SeisLens</string>" not in files[plist][1]():
            problems.append("macosx: SeisLens.app/Contents/Info.plist is missing or names no executable")
        elif b"<key>CFBundleIconFile</key>" not in files[plist][1]():
            problems.append("macosx: SeisLens.app/Contents/Info.plist names no icon file")
        if executable not in files or not (files[executable][0] or 0) & stat.S_IXUSR:
            problems.append("macosx: SeisLens.app/Contents/MacOS/SeisLens is missing or not executable")
        if start in files:
            run_macos_script(files[start][1]())
    size = os.path.getsize(path)
    print(f"{os.path.basename(path)}: {size / 1e6:.1f} MB, {len(found)} bundles, start script {script}")
    return size


def fake_java(folder, version):
    """Writes folder/bin/java that reports the given Java version and records its arguments."""
    os.makedirs(os.path.join(folder, "bin"))
    java = os.path.join(folder, "bin", "java")
    with open(java, "w") as out:
        out.write("#!/bin/sh\n"
                  f"case \"$1\" in -XshowSettings*) echo '    java.specification.version = {version}' >&2; exit 0;; esac\n"
                  f"printf '%s\\n' \"$@\" > '{folder}/args'\n")
    os.chmod(java, 0o755)


def run_macos_script(text):
    """Runs SeisLens.command in a stand-in installation with a Java 17 and then a Java 21 JAVA_HOME."""
    with tempfile.TemporaryDirectory() as tmp:
        install = os.path.join(tmp, "install")
        os.makedirs(os.path.join(install, "plugins"))
        open(os.path.join(install, "plugins", "org.eclipse.equinox.launcher_1.8.0.jar"), "w").close()
        script = os.path.join(install, "SeisLens.command")
        with open(script, "wb") as out:
            out.write(text)
        os.chmod(script, 0o755)
        # A PATH with the shell tools the script uses and no java.
        tools = os.path.join(tmp, "tools")
        os.makedirs(tools)
        for tool in ("sed", "ls", "head", "dirname"):
            for folder in ("/usr/bin", "/bin"):
                if os.path.exists(os.path.join(folder, tool)):
                    os.symlink(os.path.join(folder, tool), os.path.join(tools, tool))
                    break
        env = {"PATH": tools, "HOME": tmp}
        old, new = os.path.join(tmp, "java17"), os.path.join(tmp, "java21")
        fake_java(old, "17")
        fake_java(new, "21")
        refused = subprocess.run(["/bin/sh", script], env=dict(env, JAVA_HOME=old), capture_output=True, text=True)
        if refused.returncode != 2 or "needs a Java 21 or newer runtime and found none" not in refused.stderr \
                or "(17)" not in refused.stderr:
            problems.append(f"macosx: SeisLens.command with Java 17 gave {refused.returncode}: {refused.stderr!r}")
        started = subprocess.run(["/bin/sh", script, "--demo"], env=dict(env, JAVA_HOME=new),
                                 capture_output=True, text=True)
        args = open(os.path.join(new, "args")).read().split("\n") if os.path.exists(os.path.join(new, "args")) else []
        expected = ["-jar", os.path.join(install, "plugins", "org.eclipse.equinox.launcher_1.8.0.jar"),
                    "-install", install]
        if started.returncode != 0 or "-XstartOnFirstThread" not in args or not contains(args, expected) \
                or "--demo" not in args:
            problems.append(f"macosx: SeisLens.command with Java 21 gave {started.returncode} {started.stderr!r}, "
                            f"java ran with {args}")


def contains(items, run):
    return any(items[i:i + len(run)] == run for i in range(len(items) - len(run) + 1))


def main():
    folder = sys.argv[1]
    for system in SYSTEMS:
        check(system, folder)
    if problems:
        print("Product archive problems:\n  " + "\n  ".join(problems), file=sys.stderr)
        sys.exit(1)
    print("Product archives: 3 checked, each with its own system's fragments and start script only")


if __name__ == "__main__":
    main()
