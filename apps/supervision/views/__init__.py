"""Pages of targets and supervision: cockpit, indicator library, targets, reported values."""
