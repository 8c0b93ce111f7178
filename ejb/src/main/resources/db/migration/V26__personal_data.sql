-- What the registration form tells people about their details, in the network's words, and how
-- long after an event (or a series' last session) registrations keep a name and an address.
ALTER TABLE network ADD COLUMN privacy_notice VARCHAR(2000);
ALTER TABLE network ADD COLUMN retention_months INT NOT NULL DEFAULT 24
    CONSTRAINT network_retention_months_range CHECK (retention_months BETWEEN 1 AND 120);

-- When a registration's name and address were replaced (by the retention job or by its registrant
-- through the personal link). Attendance, status, organisation and profession stay for the figures.
ALTER TABLE registration ADD COLUMN anonymised_at TIMESTAMPTZ;

-- The retention job looks only at registrations still holding personal details.
CREATE INDEX registration_not_anonymised ON registration (event_id) WHERE anonymised_at IS NULL;
