"""sisa-desk: the back-office desktop application of the SISA signalling system."""

from importlib.metadata import PackageNotFoundError, version

try:
    __version__ = version("sisa-desk")
except PackageNotFoundError:  # frozen build without metadata
    __version__ = "0.1.0"
