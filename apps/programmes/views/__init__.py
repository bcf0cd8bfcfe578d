"""Programme pages: applicant (apply), officers (handle), set-up (setup), public (public)."""
