#!/bin/sh
# Install Schedule Engine for the current user: the program in
# ~/.local/opt/schedule-engine, a menu entry, the icon, and .sched files opening
# with it.  Run it from the unpacked folder:  ./install.sh      (./install.sh --uninstall removes it)
set -eu

here=$(cd "$(dirname "$0")" && pwd)
data=${XDG_DATA_HOME:-$HOME/.local/share}
target=$HOME/.local/opt/schedule-engine
desktop_file=$data/applications/schedule-engine.desktop
icon_file=$data/icons/hicolor/256x256/apps/schedule-engine.png
mime_file=$data/mime/packages/schedule-engine.xml

refresh() {
    command -v update-mime-database >/dev/null 2>&1 && update-mime-database "$data/mime" || true
    command -v update-desktop-database >/dev/null 2>&1 && update-desktop-database "$data/applications" || true
    command -v gtk-update-icon-cache >/dev/null 2>&1 && gtk-update-icon-cache -q -t "$data/icons/hicolor" || true
}

if [ "${1:-}" = "--uninstall" ]; then
    rm -rf "$target"
    rm -f "$desktop_file" "$icon_file" "$mime_file"
    refresh
    echo "Schedule Engine was removed."
    exit 0
fi

mkdir -p "$target" "$(dirname "$desktop_file")" "$(dirname "$icon_file")" "$(dirname "$mime_file")"
rm -rf "$target/ScheduleEngine"
cp -R "$here/ScheduleEngine" "$target/ScheduleEngine"
cp "$here/schedule-engine.png" "$icon_file"
cp "$here/schedule-engine-mime.xml" "$mime_file"
sed -e "s|^Exec=.*|Exec=\"$target/ScheduleEngine/ScheduleEngine\" %f|" \
    -e "s|^TryExec=.*|TryExec=$target/ScheduleEngine/ScheduleEngine|" \
    "$here/schedule-engine.desktop" > "$desktop_file"
chmod +x "$desktop_file"
refresh
echo "Schedule Engine is installed: find it in your applications menu."
