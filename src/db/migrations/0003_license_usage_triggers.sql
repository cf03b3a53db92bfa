-- License usage kept in step with users and group_members: license_consumers holds the users who
-- consume a license (active and in at least one group) and license_usage row 1 their count, so the
-- license count reads one row. Statement-level triggers with transition tables re-derive the truth
-- for the users a statement touched (set-based, so bulk imports stay fast). Safe to run twice.
CREATE OR REPLACE FUNCTION license_sync(uids integer[]) RETURNS void AS $$
DECLARE
  added integer;
  removed integer;
BEGIN
  IF uids IS NULL OR cardinality(uids) = 0 THEN
    RETURN;
  END IF;
  WITH ids AS (SELECT DISTINCT unnest(uids) AS id),
  ins AS (
    INSERT INTO license_consumers (user_id)
    SELECT ids.id FROM ids JOIN users u ON u.id = ids.id
    WHERE u.active AND EXISTS (SELECT 1 FROM group_members gm WHERE gm.user_id = ids.id)
    ON CONFLICT DO NOTHING
    RETURNING 1)
  SELECT count(*) INTO added FROM ins;
  WITH ids AS (SELECT DISTINCT unnest(uids) AS id),
  del AS (
    DELETE FROM license_consumers c USING ids
    WHERE c.user_id = ids.id
      AND NOT EXISTS (SELECT 1 FROM users u WHERE u.id = c.user_id AND u.active AND EXISTS (SELECT 1 FROM group_members gm WHERE gm.user_id = u.id))
    RETURNING 1)
  SELECT count(*) INTO removed FROM del;
  IF added <> removed THEN
    INSERT INTO license_usage (id, consumed) VALUES (1, added - removed)
    ON CONFLICT (id) DO UPDATE SET consumed = license_usage.consumed + excluded.consumed;
  END IF;
END;
$$ LANGUAGE plpgsql;
--> statement-breakpoint
CREATE OR REPLACE FUNCTION license_recount() RETURNS void AS $$
BEGIN
  DELETE FROM license_consumers;
  INSERT INTO license_consumers (user_id)
  SELECT u.id FROM users u WHERE u.active AND EXISTS (SELECT 1 FROM group_members gm WHERE gm.user_id = u.id);
  INSERT INTO license_usage (id, consumed) VALUES (1, (SELECT count(*) FROM license_consumers))
  ON CONFLICT (id) DO UPDATE SET consumed = excluded.consumed;
END;
$$ LANGUAGE plpgsql;
--> statement-breakpoint
CREATE OR REPLACE FUNCTION license_on_users_update() RETURNS trigger AS $$
BEGIN
  PERFORM license_sync(ARRAY(SELECT n.id FROM license_new n JOIN license_old o ON o.id = n.id WHERE n.active IS DISTINCT FROM o.active));
  RETURN NULL;
END;
$$ LANGUAGE plpgsql;
--> statement-breakpoint
CREATE OR REPLACE FUNCTION license_on_users_delete() RETURNS trigger AS $$
BEGIN
  PERFORM license_sync(ARRAY(SELECT id FROM license_old));
  RETURN NULL;
END;
$$ LANGUAGE plpgsql;
--> statement-breakpoint
CREATE OR REPLACE FUNCTION license_on_members_insert() RETURNS trigger AS $$
BEGIN
  PERFORM license_sync(ARRAY(SELECT user_id FROM license_new));
  RETURN NULL;
END;
$$ LANGUAGE plpgsql;
--> statement-breakpoint
CREATE OR REPLACE FUNCTION license_on_members_delete() RETURNS trigger AS $$
BEGIN
  PERFORM license_sync(ARRAY(SELECT user_id FROM license_old));
  RETURN NULL;
END;
$$ LANGUAGE plpgsql;
--> statement-breakpoint
CREATE OR REPLACE FUNCTION license_on_members_update() RETURNS trigger AS $$
BEGIN
  PERFORM license_sync(ARRAY(SELECT user_id FROM license_old UNION SELECT user_id FROM license_new));
  RETURN NULL;
END;
$$ LANGUAGE plpgsql;
--> statement-breakpoint
CREATE OR REPLACE FUNCTION license_on_truncate() RETURNS trigger AS $$
BEGIN
  PERFORM license_recount();
  RETURN NULL;
END;
$$ LANGUAGE plpgsql;
--> statement-breakpoint
DROP TRIGGER IF EXISTS license_users_update ON users;
--> statement-breakpoint
CREATE TRIGGER license_users_update AFTER UPDATE ON users
  REFERENCING OLD TABLE AS license_old NEW TABLE AS license_new
  FOR EACH STATEMENT EXECUTE FUNCTION license_on_users_update();
--> statement-breakpoint
DROP TRIGGER IF EXISTS license_users_delete ON users;
--> statement-breakpoint
CREATE TRIGGER license_users_delete AFTER DELETE ON users
  REFERENCING OLD TABLE AS license_old
  FOR EACH STATEMENT EXECUTE FUNCTION license_on_users_delete();
--> statement-breakpoint
DROP TRIGGER IF EXISTS license_members_insert ON group_members;
--> statement-breakpoint
CREATE TRIGGER license_members_insert AFTER INSERT ON group_members
  REFERENCING NEW TABLE AS license_new
  FOR EACH STATEMENT EXECUTE FUNCTION license_on_members_insert();
--> statement-breakpoint
DROP TRIGGER IF EXISTS license_members_delete ON group_members;
--> statement-breakpoint
CREATE TRIGGER license_members_delete AFTER DELETE ON group_members
  REFERENCING OLD TABLE AS license_old
  FOR EACH STATEMENT EXECUTE FUNCTION license_on_members_delete();
--> statement-breakpoint
DROP TRIGGER IF EXISTS license_members_update ON group_members;
--> statement-breakpoint
CREATE TRIGGER license_members_update AFTER UPDATE ON group_members
  REFERENCING OLD TABLE AS license_old NEW TABLE AS license_new
  FOR EACH STATEMENT EXECUTE FUNCTION license_on_members_update();
--> statement-breakpoint
DROP TRIGGER IF EXISTS license_users_truncate ON users;
--> statement-breakpoint
CREATE TRIGGER license_users_truncate AFTER TRUNCATE ON users
  FOR EACH STATEMENT EXECUTE FUNCTION license_on_truncate();
--> statement-breakpoint
DROP TRIGGER IF EXISTS license_members_truncate ON group_members;
--> statement-breakpoint
CREATE TRIGGER license_members_truncate AFTER TRUNCATE ON group_members
  FOR EACH STATEMENT EXECUTE FUNCTION license_on_truncate();
--> statement-breakpoint
SELECT license_recount();
