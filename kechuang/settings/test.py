"""The test suite: fast hashing, huey in immediate mode (tasks run synchronously in-process).

One integration test starts a real huey consumer on an SQLite queue to prove the worker path.
"""

import os
import secrets
import tempfile
from pathlib import Path

from kechuang.settings.base import *

SECRET_KEY = "test-only-key-not-secret-0123456789abcdefghijklmnopqrstuvwxyz"  # noqa: S105
DEBUG = False
ALLOWED_HOSTS = ["*"]
PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
HUEY = {"huey_class": "huey.MemoryHuey", "name": "kechuang-test", "immediate": True}
MEDIA_ROOT = Path(tempfile.mkdtemp(prefix="kechuang-media-"))
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
}
STATIC_ROOT = Path(tempfile.mkdtemp(prefix="kechuang-static-"))
WHITENOISE_USE_FINDERS = True
WHITENOISE_AUTOREFRESH = True
# Fresh keys for every test run (subprocess tests inherit them through the environment).
os.environ.setdefault("KECHUANG_SM4_KEY", secrets.token_hex(16))
os.environ.setdefault("KECHUANG_INTEGRITY_KEY", secrets.token_hex(32))
CACHES = {"default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"}}
# SQLite tests use a file, not shared-cache memory: concurrent writers in threads then wait on
# the busy timeout (as in production) instead of failing at once with "table is locked".
if DATABASES["default"]["ENGINE"] == "django.db.backends.sqlite3":
    DATABASES["default"]["TEST"] = {
        "NAME": str(Path(tempfile.mkdtemp(prefix="kechuang-db-")) / "test.sqlite3")
    }
