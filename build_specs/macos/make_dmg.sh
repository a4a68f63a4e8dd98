#!/usr/bin/env bash
# Make the macOS disk image: build/installers/ScheduleEngine-VERSION-macos.dmg with
# "Schedule Engine.app" and a link to /Applications (drag one onto the other).
#
#   python build_specs/build.py            # builds build/dist/Schedule Engine.app
#   bash build_specs/macos/make_dmg.sh [VERSION]
#
# Signing and notarisation run only when these environment variables are set:
#   MACOS_SIGN_IDENTITY      a "Developer ID Application: ..." identity in the keychain:
#                            the app (hardened runtime, entitlements.plist) and the image
#                            are signed with it
#   MACOS_NOTARY_PROFILE     a notarytool keychain profile (xcrun notarytool store-credentials);
#     or MACOS_NOTARY_APPLE_ID, MACOS_NOTARY_TEAM_ID and MACOS_NOTARY_PASSWORD (app-specific)
#                            the image is then notarised and the ticket stapled to it
set -euo pipefail

here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)
version=${1:-$(python3 -c 'import tomllib,sys; print(tomllib.load(open(sys.argv[1],"rb"))["project"]["version"])' "$root/pyproject.toml")}
app_name="Schedule Engine"
app="$root/build/dist/$app_name.app"
out_dir="$root/build/installers"
dmg="$out_dir/ScheduleEngine-$version-macos.dmg"

if [ ! -d "$app" ]; then
    echo "no application at $app: run python build_specs/build.py first" >&2
    exit 1
fi
mkdir -p "$out_dir"

if [ -n "${MACOS_SIGN_IDENTITY:-}" ]; then
    echo "--- signing the application"
    # Inside out: every library and executable, then the bundle itself.
    find "$app/Contents" -type f \( -name "*.dylib" -o -name "*.so" -o -perm -u+x \) -print0 |
        while IFS= read -r -d '' file; do
            case "$(file -b "$file")" in
                *Mach-O*) codesign --force --timestamp --options runtime \
                              --entitlements "$here/entitlements.plist" \
                              --sign "$MACOS_SIGN_IDENTITY" "$file" ;;
            esac
        done
    codesign --force --timestamp --options runtime \
        --entitlements "$here/entitlements.plist" --sign "$MACOS_SIGN_IDENTITY" "$app"
    codesign --verify --strict --verbose=2 "$app"
fi

echo "--- disk image"
stage=$(mktemp -d)
trap 'rm -rf "$stage"' EXIT
cp -R "$app" "$stage/"
ln -s /Applications "$stage/Applications"
rm -f "$dmg"
hdiutil create -volname "$app_name $version" -srcfolder "$stage" -fs HFS+ -format UDZO -ov "$dmg"

if [ -n "${MACOS_SIGN_IDENTITY:-}" ]; then
    codesign --force --timestamp --sign "$MACOS_SIGN_IDENTITY" "$dmg"
fi

notary_args=()
if [ -n "${MACOS_NOTARY_PROFILE:-}" ]; then
    notary_args=(--keychain-profile "$MACOS_NOTARY_PROFILE")
elif [ -n "${MACOS_NOTARY_APPLE_ID:-}" ]; then
    notary_args=(--apple-id "$MACOS_NOTARY_APPLE_ID" --team-id "$MACOS_NOTARY_TEAM_ID"
                 --password "$MACOS_NOTARY_PASSWORD")
fi
if [ ${#notary_args[@]} -gt 0 ]; then
    echo "--- notarisation"
    xcrun notarytool submit "$dmg" "${notary_args[@]}" --wait
    xcrun stapler staple "$dmg"
    xcrun stapler validate "$dmg"
fi

echo "$dmg"
