#!/usr/bin/env python3
"""Adds lock entries for the platform bindings of unrs-resolver (a jest 30 dependency) that this
workplace's npm registry does not serve (it 404s on every non-Linux and non-x64/arm64 build). Without
them `npm ci` refuses the lock ("Missing: @unrs/resolver-binding-...@ from lock file"), although it would
skip them on this platform anyway. Each entry carries the os/cpu that makes npm skip it here.
Run after `npm install` changes package-lock.json: python3 scripts/lock-add-foreign-bindings.py"""
import json

PLATFORMS = [
    ("android-arm-eabi", "android", "arm"), ("android-arm64", "android", "arm64"),
    ("darwin-arm64", "darwin", "arm64"), ("darwin-x64", "darwin", "x64"),
    ("freebsd-x64", "freebsd", "x64"), ("linux-arm-gnueabihf", "linux", "arm"),
    ("linux-arm-musleabihf", "linux", "arm"), ("linux-loong64-gnu", "linux", "loong64"),
    ("linux-loong64-musl", "linux", "loong64"), ("linux-ppc64-gnu", "linux", "ppc64"),
    ("linux-riscv64-gnu", "linux", "riscv64"), ("linux-riscv64-musl", "linux", "riscv64"),
    ("linux-s390x-gnu", "linux", "s390x"), ("openharmony-arm64", "openharmony", "arm64"),
    ("win32-arm64-msvc", "win32", "arm64"), ("win32-ia32-msvc", "win32", "ia32"),
    ("win32-x64-msvc", "win32", "x64"),
]

lock = json.load(open("package-lock.json"))
pkgs = lock["packages"]
version = pkgs["node_modules/unrs-resolver"]["version"]
for suffix, os_, cpu in PLATFORMS:
    key = f"node_modules/@unrs/resolver-binding-{suffix}"
    pkgs.setdefault(key, {"version": version, "cpu": [cpu], "dev": True, "license": "MIT", "optional": True, "os": [os_]})
lock["packages"] = dict(sorted(pkgs.items(), key=lambda kv: (kv[0] != "", kv[0])))
with open("package-lock.json", "w") as f:
    json.dump(lock, f, indent=2)
    f.write("\n")
