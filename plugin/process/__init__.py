"""What a running process is configured with: settings from the environment, structured logs."""
