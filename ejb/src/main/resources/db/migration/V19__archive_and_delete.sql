-- Archive and delete.
--
-- An item that was ever public is archived, not deleted: gone from every public page (its
-- publication is taken back, so the one visibility rule, published_at <= now, hides it
-- everywhere, search index included), kept with its history, and restorable to the publication it
-- had. Only a draft that was never published can be deleted. first_published_at remembers
-- whether an item was ever published; triggers keep both facts right on every write path: a
-- publication sets first_published_at once, and publishing an archived item again ends its
-- archiving.
CREATE FUNCTION item_lifecycle() RETURNS trigger AS $$
BEGIN
    IF NEW.published_at IS NOT NULL THEN
        -- the earliest publication ever set (a scheduled one included): delete only before it
        NEW.first_published_at := least(NEW.first_published_at, NEW.published_at);
        NEW.archived_at := NULL;
        NEW.archived_published_at := NULL;
    END IF;
    RETURN NEW;
END
$$ LANGUAGE plpgsql;

DO $$
DECLARE
  t TEXT;
BEGIN
  FOREACH t IN ARRAY ARRAY['event', 'event_series', 'news_item', 'resource', 'practice'] LOOP
    EXECUTE format('ALTER TABLE %I ADD COLUMN first_published_at TIMESTAMPTZ,'
                   ' ADD COLUMN archived_at TIMESTAMPTZ,'
                   ' ADD COLUMN archived_published_at TIMESTAMPTZ', t);
    EXECUTE format('UPDATE %I SET first_published_at = published_at'
                   ' WHERE published_at IS NOT NULL', t);
    EXECUTE format('CREATE TRIGGER item_lifecycle BEFORE INSERT OR UPDATE OF published_at ON %I'
                   ' FOR EACH ROW EXECUTE FUNCTION item_lifecycle()', t);
  END LOOP;
END
$$ LANGUAGE plpgsql;
