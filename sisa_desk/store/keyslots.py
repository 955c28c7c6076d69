"""Key slots: a user's X25519 private key wrapped by Argon2id(password) + AES-256-GCM, and the
database key sealed to a public key (X25519 + HKDF-SHA256 + AES-256-GCM). DESIGN.md §4.

A password change re-wraps one private key; an admin seals the database key to a new user's
public key without knowing anyone's password.
"""

from __future__ import annotations

import base64
import math
import os
import time
from dataclasses import asdict, dataclass
from functools import cache

from argon2.low_level import Type, hash_secret_raw
from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey, X25519PublicKey
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.kdf.hkdf import HKDF

from .errors import WrongPasswordError

NONCE_BYTES = 12
SEAL_INFO = b"sisa-desk database key seal v1"


def b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


def unb64(text: str) -> bytes:
    return base64.b64decode(text.encode("ascii"), validate=True)


@dataclass(frozen=True)
class KdfParams:
    """Argon2id parameters, stored with each slot so they can be raised later."""

    memory_kib: int
    time_cost: int
    parallelism: int

    def to_json(self) -> dict[str, int]:
        return asdict(self)

    @classmethod
    def from_json(cls, data: dict[str, int]) -> KdfParams:
        return cls(int(data["memory_kib"]), int(data["time_cost"]), int(data["parallelism"]))

    def is_at_least(self, other: KdfParams) -> bool:
        return (
            self.memory_kib >= other.memory_kib
            and self.time_cost >= other.time_cost
            and self.parallelism >= other.parallelism
        )


# RFC 9106 §4, second recommended option: the floor for any slot the application creates.
MINIMUM_KDF = KdfParams(memory_kib=64 * 1024, time_cost=3, parallelism=4)
# DESIGN.md §4: about 256 MiB, t=3, p=4, calibrated to 0.5–1 s.
PREFERRED_KDF = KdfParams(memory_kib=256 * 1024, time_cost=3, parallelism=4)
TARGET_SECONDS = (0.5, 1.0)


def derive_key(password: str, salt: bytes, params: KdfParams) -> bytes:
    return hash_secret_raw(
        password.encode("utf-8"),
        salt,
        time_cost=params.time_cost,
        memory_cost=params.memory_kib,
        parallelism=params.parallelism,
        hash_len=32,
        type=Type.ID,
    )


@cache
def calibrated_kdf() -> KdfParams:
    """Parameters that take 0.5–1 s here, starting at 256 MiB and never below the floor."""
    params = PREFERRED_KDF
    for _ in range(6):
        started = time.perf_counter()
        derive_key("calibration", b"\0" * 16, params)
        took = time.perf_counter() - started
        if took > TARGET_SECONDS[1] and params.memory_kib > MINIMUM_KDF.memory_kib:
            params = KdfParams(
                max(MINIMUM_KDF.memory_kib, params.memory_kib // 2), params.time_cost, 4
            )
        elif took < TARGET_SECONDS[0]:
            # Aim at the middle of the window; time grows linearly with the passes.
            passes = math.ceil(params.time_cost * 0.75 / max(took, 1e-3))
            params = KdfParams(params.memory_kib, passes, params.parallelism)
        else:
            break
    return params


@dataclass(frozen=True)
class WrappedKey:
    salt: bytes
    nonce: bytes
    ciphertext: bytes

    def to_json(self) -> dict[str, str]:
        return {
            "salt": b64(self.salt),
            "nonce": b64(self.nonce),
            "ciphertext": b64(self.ciphertext),
        }

    @classmethod
    def from_json(cls, data: dict[str, str]) -> WrappedKey:
        return cls(unb64(data["salt"]), unb64(data["nonce"]), unb64(data["ciphertext"]))


@dataclass(frozen=True)
class SealedKey:
    ephemeral_public: bytes
    nonce: bytes
    ciphertext: bytes

    def to_json(self) -> dict[str, str]:
        return {
            "ephemeral_public": b64(self.ephemeral_public),
            "nonce": b64(self.nonce),
            "ciphertext": b64(self.ciphertext),
        }

    @classmethod
    def from_json(cls, data: dict[str, str]) -> SealedKey:
        return cls(unb64(data["ephemeral_public"]), unb64(data["nonce"]), unb64(data["ciphertext"]))


def new_key_pair() -> tuple[bytes, bytes]:
    """(private, public) raw 32-byte X25519 keys."""
    private = X25519PrivateKey.generate()
    return _private_bytes(private), _public_bytes(private.public_key())


def public_from_private(private_raw: bytes) -> bytes:
    return _public_bytes(X25519PrivateKey.from_private_bytes(private_raw).public_key())


def wrap_private_key(
    private_raw: bytes, password: str, params: KdfParams, associated_data: bytes
) -> WrappedKey:
    salt = os.urandom(16)
    nonce = os.urandom(NONCE_BYTES)
    kek = derive_key(password, salt, params)
    return WrappedKey(salt, nonce, AESGCM(kek).encrypt(nonce, private_raw, associated_data))


def unwrap_private_key(
    wrapped: WrappedKey, password: str, params: KdfParams, associated_data: bytes
) -> bytes:
    kek = derive_key(password, wrapped.salt, params)
    try:
        return AESGCM(kek).decrypt(wrapped.nonce, wrapped.ciphertext, associated_data)
    except InvalidTag:
        raise WrongPasswordError("wrong user name or password") from None


def seal(secret: bytes, recipient_public: bytes, associated_data: bytes) -> SealedKey:
    ephemeral = X25519PrivateKey.generate()
    ephemeral_public = _public_bytes(ephemeral.public_key())
    shared = ephemeral.exchange(X25519PublicKey.from_public_bytes(recipient_public))
    key = _seal_key(shared, ephemeral_public, recipient_public)
    nonce = os.urandom(NONCE_BYTES)
    return SealedKey(ephemeral_public, nonce, AESGCM(key).encrypt(nonce, secret, associated_data))


def unseal(sealed: SealedKey, private_raw: bytes, associated_data: bytes) -> bytes:
    private = X25519PrivateKey.from_private_bytes(private_raw)
    recipient_public = _public_bytes(private.public_key())
    shared = private.exchange(X25519PublicKey.from_public_bytes(sealed.ephemeral_public))
    key = _seal_key(shared, sealed.ephemeral_public, recipient_public)
    return AESGCM(key).decrypt(sealed.nonce, sealed.ciphertext, associated_data)


def _seal_key(shared: bytes, ephemeral_public: bytes, recipient_public: bytes) -> bytes:
    return HKDF(
        algorithm=hashes.SHA256(),
        length=32,
        salt=ephemeral_public + recipient_public,
        info=SEAL_INFO,
    ).derive(shared)


def _private_bytes(key: X25519PrivateKey) -> bytes:
    return key.private_bytes(
        serialization.Encoding.Raw,
        serialization.PrivateFormat.Raw,
        serialization.NoEncryption(),
    )


def _public_bytes(key: X25519PublicKey) -> bytes:
    return key.public_bytes(serialization.Encoding.Raw, serialization.PublicFormat.Raw)
