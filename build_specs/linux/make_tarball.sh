#!/usr/bin/env bash
# Pack the Linux onedir bundle (build/dist/ScheduleEngine, made by build.py) with
# its .desktop file, icon, MIME type and per-user install script into
#   build/installers/schedule-engine-VERSION-linux-ARCH.tar.gz
# Usage: bash build_specs/linux/make_tarball.sh [VERSION]    (prints the tarball's path last)
set -euo pipefail

here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)
version=${1:-$(python3 -c 'import tomllib,sys; print(tomllib.load(open(sys.argv[1],"rb"))["project"]["version"])' "$root/pyproject.toml")}
arch=$(uname -m)
bundle=$root/build/dist/ScheduleEngine
out_dir=$root/build/installers
name=schedule-engine-$version-linux-$arch

if [ ! -x "$bundle/ScheduleEngine" ]; then
    echo "no bundle at $bundle: run python build_specs/build.py first" >&2
    exit 1
fi

stage=$(mktemp -d)
trap 'rm -rf "$stage"' EXIT
mkdir -p "$stage/$name" "$out_dir"
cp -R "$bundle" "$stage/$name/ScheduleEngine"
cp "$here/schedule-engine.desktop" "$here/schedule-engine-mime.xml" "$stage/$name/"
cp "$root/resources/icons/app.png" "$stage/$name/schedule-engine.png"
install -m 755 "$here/install.sh" "$stage/$name/install.sh"
cat > "$stage/$name/README.txt" <<TEXT
Schedule Engine $version for Linux ($arch)

Run it in place:        ./ScheduleEngine/ScheduleEngine
Install it for you:     ./install.sh      (menu entry, icon, .sched files open with it)
Remove it again:        ./install.sh --uninstall
TEXT
tar -C "$stage" -czf "$out_dir/$name.tar.gz" "$name"
echo "$out_dir/$name.tar.gz"
