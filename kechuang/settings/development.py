"""`make run`: the embedded default. A demo secret key is acceptable only here."""

from kechuang.env import env_bool, env_str
from kechuang.settings.base import *
from kechuang.settings.base import VAR_DIR

SECRET_KEY = env_str(
    "DJANGO_SECRET_KEY", "dev-only-insecure-key-change-me-in-production-0123456789"
)
DEBUG = env_bool("DJANGO_DEBUG", False)
VAR_DIR.mkdir(parents=True, exist_ok=True)
KECHUANG_GENERATE_KEYS = True  # SM4 and integrity keys are generated under var/keys/ once
