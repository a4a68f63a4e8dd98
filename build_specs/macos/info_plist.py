"""The Info.plist entries of the macOS application bundle, with the project
file type (``.sched``) declared and registered as the application's document."""

from __future__ import annotations

from typing import Any


def project_type_id(bundle_id: str) -> str:
    return f"{bundle_id}.project"


def info_plist(display_name: str, version: str, bundle_id: str, extension: str,
               icon_file: str = "app.icns") -> dict[str, Any]:
    type_id = project_type_id(bundle_id)
    document_name = f"{display_name} project"
    return {
        "CFBundleName": display_name,
        "CFBundleDisplayName": display_name,
        "CFBundleIdentifier": bundle_id,
        "CFBundleShortVersionString": version,
        "CFBundleVersion": version,
        "CFBundleIconFile": icon_file,
        "LSApplicationCategoryType": "public.app-category.education",
        "LSMinimumSystemVersion": "11.0",
        "NSHighResolutionCapable": True,
        "NSRequiresAquaSystemAppearance": False,
        "UTExportedTypeDeclarations": [{
            "UTTypeIdentifier": type_id,
            "UTTypeDescription": document_name,
            "UTTypeConformsTo": ["public.data"],
            "UTTypeIconFile": icon_file,
            "UTTypeTagSpecification": {"public.filename-extension": [extension]},
        }],
        "CFBundleDocumentTypes": [{
            "CFBundleTypeName": document_name,
            "CFBundleTypeRole": "Editor",
            "LSHandlerRank": "Owner",
            "LSItemContentTypes": [type_id],
            "CFBundleTypeExtensions": [extension],
            "CFBundleTypeIconFile": icon_file,
        }],
    }
