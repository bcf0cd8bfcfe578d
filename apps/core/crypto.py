"""Commercial cryptography (GB/T 39786): SM4 for personal data at rest, HMAC-SM3 for the
integrity of amounts and decisions.

Keys never live in the database or the repository. Each comes from an environment variable
(hex) or a key file named by another variable:

- KECHUANG_SM4_KEY / KECHUANG_SM4_KEY_FILE            (16 bytes, encryption)
- KECHUANG_INTEGRITY_KEY / KECHUANG_INTEGRITY_KEY_FILE (32 bytes, MACs)

Production settings require them; the development settings generate key files under var/keys/
on first use (mode 0600) so `make run` works out of the box.
"""

from __future__ import annotations

import base64
import functools
import os
import secrets
from pathlib import Path

from cryptography.hazmat.primitives import hashes, hmac
from cryptography.hazmat.primitives.ciphers import Cipher, algorithms, modes
from django.conf import settings
from django.core.exceptions import ImproperlyConfigured

PREFIX = "sm4g1:"


def _load_key(name: str, size: int) -> bytes:
    raw = os.environ.get(name)
    path = os.environ.get(f"{name}_FILE")
    if raw is None and path:
        raw = Path(path).read_text("ascii").strip()
    if raw is None and getattr(settings, "KECHUANG_GENERATE_KEYS", False):
        key_file = Path(settings.VAR_DIR) / "keys" / f"{name.lower()}.hex"
        if not key_file.exists():
            key_file.parent.mkdir(parents=True, exist_ok=True)
            key_file.write_text(secrets.token_hex(size), "ascii")
            key_file.chmod(0o600)
        raw = key_file.read_text("ascii").strip()
    if raw is None:
        raise ImproperlyConfigured(f"缺少密钥：请设置环境变量 {name} 或 {name}_FILE。")
    try:
        key = bytes.fromhex(raw)
    except ValueError:
        raise ImproperlyConfigured(f"密钥 {name} 应为十六进制字符串。") from None
    if len(key) != size:
        raise ImproperlyConfigured(
            f"密钥 {name} 长度应为 {size} 字节（{size * 2} 个十六进制字符）。"
        )
    return key


@functools.cache
def sm4_key() -> bytes:
    return _load_key("KECHUANG_SM4_KEY", 16)


@functools.cache
def integrity_key() -> bytes:
    return _load_key("KECHUANG_INTEGRITY_KEY", 32)


def encrypt(text: str) -> str:
    """SM4-GCM with a random nonce; the result is ASCII, prefixed with the scheme."""
    nonce = os.urandom(12)
    encryptor = Cipher(algorithms.SM4(sm4_key()), modes.GCM(nonce)).encryptor()
    body = encryptor.update(text.encode()) + encryptor.finalize()
    return PREFIX + base64.b64encode(nonce + encryptor.tag + body).decode("ascii")


def decrypt(token: str) -> str:
    if not token.startswith(PREFIX):
        raise ValueError("not an SM4 token")
    data = base64.b64decode(token[len(PREFIX) :])
    nonce, tag, body = data[:12], data[12:28], data[28:]
    decryptor = Cipher(algorithms.SM4(sm4_key()), modes.GCM(nonce, tag)).decryptor()
    return (decryptor.update(body) + decryptor.finalize()).decode()


def mac(message: bytes) -> str:
    """HMAC-SM3 of `message` under the integrity key, hex."""
    h = hmac.HMAC(integrity_key(), hashes.SM3())
    h.update(message)
    return h.finalize().hex()
