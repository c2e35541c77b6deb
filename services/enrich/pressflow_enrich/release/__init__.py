"""What a release says about itself: its language, title and press contacts."""
