-- Registration mails are HTML with a plain-text alternative; the outbox keeps both.
ALTER TABLE mail_outbox ADD COLUMN html TEXT;

-- The language a registrant signed up in: their e-mails are written in it.
ALTER TABLE registration ADD COLUMN locale VARCHAR(10) NOT NULL DEFAULT 'en';
