-- Whether a mentor link shows the candidate's personal details (name, phone, email, address):
-- off unless the candidate turns it on for that link.
ALTER TABLE mentor_links ADD COLUMN IF NOT EXISTS show_personal boolean NOT NULL DEFAULT false;
