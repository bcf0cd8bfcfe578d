"""A PBKDF2 password hasher over HMAC-SM3, for deployments that must use national algorithms.

Enable with KECHUANG_PASSWORD_HASHER=sm3; existing Argon2 hashes keep working and are upgraded
to SM3 at the next login (Django re-hashes with the first hasher in PASSWORD_HASHERS).
"""

from __future__ import annotations

import base64
import hmac
from typing import Any

from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.kdf.pbkdf2 import PBKDF2HMAC
from django.contrib.auth.hashers import BasePasswordHasher, mask_hash
from django.utils.translation import gettext_noop as _


class SM3PBKDF2PasswordHasher(BasePasswordHasher):
    algorithm = "pbkdf2_sm3"
    iterations = 200_000

    def encode(self, password: str, salt: str, iterations: int | None = None) -> str:
        if not salt or "$" in salt:
            raise ValueError("salt must be non-empty and must not contain '$'")
        rounds = iterations or self.iterations
        kdf = PBKDF2HMAC(algorithm=hashes.SM3(), length=32, salt=salt.encode(), iterations=rounds)
        digest = base64.b64encode(kdf.derive(password.encode())).decode("ascii")
        return f"{self.algorithm}${rounds}${salt}${digest}"

    def decode(self, encoded: str) -> dict[str, Any]:
        algorithm, iterations, salt, digest = encoded.split("$", 3)
        assert algorithm == self.algorithm
        return {"algorithm": algorithm, "hash": digest, "iterations": int(iterations), "salt": salt}

    def verify(self, password: str, encoded: str) -> bool:
        decoded = self.decode(encoded)
        candidate = self.encode(password, decoded["salt"], decoded["iterations"])
        return hmac.compare_digest(encoded.encode(), candidate.encode())

    def safe_summary(self, encoded: str) -> dict[Any, Any]:
        decoded = self.decode(encoded)
        return {
            _("algorithm"): decoded["algorithm"],
            _("iterations"): decoded["iterations"],
            _("salt"): mask_hash(decoded["salt"]),
            _("hash"): mask_hash(decoded["hash"]),
        }

    def must_update(self, encoded: str) -> bool:
        return self.decode(encoded)["iterations"] != self.iterations

    def harden_runtime(self, password: str, encoded: str) -> None:
        pass
