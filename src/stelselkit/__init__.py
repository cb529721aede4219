"""stelselkit: het buurtdossier van de gemeentelijke netwerkstrategie als platte YAML."""

__version__ = "0.2.0"
