-- An event's abstract is rich text now: the workspace edits it with the rich-text editor and the
-- event page shows its paragraphs, lists and links (calendars, feeds, the API and search take its
-- words). Abstracts saved before were plain text whose line breaks the page kept: they become
-- paragraphs (at a blank line) and line breaks, with &, < and > escaped, so they read as before.
UPDATE event SET abstract = NULL WHERE btrim(abstract, E' \t\r\n') = '';
UPDATE event SET abstract =
  '<p>'
  || regexp_replace(
       regexp_replace(
         replace(replace(replace(btrim(abstract, E' \t\r\n'), '&', '&amp;'), '<', '&lt;'), '>', '&gt;'),
         E'[ \\t]*\\r?\\n[ \\t]*(\\r?\\n[ \\t]*)+', '</p><p>', 'g'),
       E'[ \\t]*\\r?\\n[ \\t]*', '<br />', 'g')
  || '</p>'
WHERE abstract IS NOT NULL AND abstract !~ '</?[a-zA-Z][a-zA-Z0-9]*(\s[^<>]*)?/?>|<!--';
