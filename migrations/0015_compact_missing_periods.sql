-- No table changes. From this version a frozen period stores each period a control has no
-- evidence for as a [date, period] pair rather than as an object (store/control_score_json.cpp),
-- which earlier versions cannot read. The version number makes them refuse such a database,
-- naming both versions, instead of failing on its first frozen period. Periods frozen earlier
-- keep their objects and are read as they are.
SELECT 1;
