-- drops the single-column indexes on country, type and fatalities that migration 2's composite indexes begin with
--
-- Every index is written on every add; these three answer nothing that incidents_country_newest, incidents_type_newest
-- and incidents_toll (which start with the same column) do not.

DROP INDEX IF EXISTS incidents_country;
DROP INDEX IF EXISTS incidents_type;
DROP INDEX IF EXISTS incidents_fatalities;
