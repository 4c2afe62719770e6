@echo off
rem Starts the SeisLens workbench on Windows from this installation: double-click it or run it from a
rem command prompt. The Eclipse native launcher is not published on Maven Central, so the product starts
rem through the Java launcher jar.
rem   SEISLENS_VMARGS   extra JVM options, e.g. -Xmx8g (default heap: a quarter of the memory, >= 1 GB)
rem   JAVA_HOME         a Java 21 or newer runtime; otherwise java on PATH and the JDKs under
rem                     %ProgramFiles% (Eclipse Adoptium, Java, Microsoft, Zulu, Amazon Corretto) are tried
setlocal EnableExtensions
set "here=%~dp0"
set "here=%here:~0,-1%"
set "java="
set "tried="

if defined JAVA_HOME call :try "%JAVA_HOME%\bin\java.exe"
if not defined java for /f "delims=" %%j in ('where java.exe 2^>nul') do if not defined java call :try "%%j"
if not defined java for /d %%d in ("%ProgramFiles%\Eclipse Adoptium\*" "%ProgramFiles%\Java\*" "%ProgramFiles%\Microsoft\jdk-*" "%ProgramFiles%\Zulu\*" "%ProgramFiles%\Amazon Corretto\*" "%LOCALAPPDATA%\Programs\Eclipse Adoptium\*") do if not defined java call :try "%%d\bin\java.exe"

rem Messages are echoed outside parenthesised blocks: paths may hold parentheses.
if defined java goto :haveJava
echo seislens: SeisLens needs a Java 21 or newer runtime and found none.%tried% 1>&2
echo Install one, for example Eclipse Temurin 21 or newer, or set JAVA_HOME to its folder. 1>&2
pause
exit /b 2
:haveJava

set "launcher="
for %%f in ("%here%\plugins\org.eclipse.equinox.launcher_*.jar") do set "launcher=%%~ff"
if defined launcher goto :haveLauncher
echo seislens: no launcher jar in %here%\plugins: the installation is incomplete 1>&2
pause
exit /b 2
:haveLauncher

rem The heap follows the machine: a quarter of its memory, at least 1 GB (the data cache takes a quarter of
rem the heap), unless SEISLENS_VMARGS names one. Without PowerShell the JVM's own quarter is used.
set "heap="
echo " %SEISLENS_VMARGS%" | findstr /c:" -Xmx" >nul && set "heap= "
if defined heap goto :haveHeap
set "memmb="
for /f "delims=" %%m in ('powershell -NoProfile -NonInteractive -Command "[int64]((Get-CimInstance Win32_ComputerSystem).TotalPhysicalMemory / 1MB)" 2^>nul') do set "memmb=%%m"
set "heap=-XX:MaxRAMPercentage=25"
if not defined memmb goto :haveHeap
set /a heapmb=memmb / 4
if %heapmb% LSS 1024 set "heapmb=1024"
set "heap=-Xmx%heapmb%m"
:haveHeap

rem javaw.exe runs the workbench without keeping this console window open.
set "javaw=%java:~0,-8%javaw.exe"
if not exist "%javaw%" set "javaw=%java%"
start "SeisLens" "%javaw%" -Xms256m %heap% -XX:G1HeapRegionSize=16m -Dosgi.requiredJavaVersion=21 --enable-native-access=ALL-UNNAMED ^
  -Dorg.slf4j.simpleLogger.defaultLogLevel=warn %SEISLENS_VMARGS% ^
  -jar "%launcher%" -install "%here%" -name SeisLens %*
exit /b 0

rem Sets java to %1 when it is a Java 21 or newer runtime; notes what was tried.
:try
if not exist "%~1" goto :eof
set "major="
set "probe=%TEMP%\seislens-java-%RANDOM%.txt"
"%~1" -XshowSettings:properties -version > "%probe%" 2>&1
for /f "tokens=2 delims==" %%v in ('findstr /c:"java.specification.version" "%probe%"') do set "major=%%v"
del "%probe%" >nul 2>&1
if defined major set "major=%major: =%"
set "tried=%tried% Tried: %~1 [%major%]."
if not defined major goto :eof
if "%major:~0,2%"=="1." goto :eof
if %major% GEQ 21 set "java=%~1"
goto :eof
