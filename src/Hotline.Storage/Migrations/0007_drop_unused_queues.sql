-- urgent_signals and requested_actions were written but never read: every urgent message is already a case (or an
-- event on the person's open case), and the one host action (open_help_request) is a case too. requested_actions
-- also kept flow arguments — personal data — with no use and no retention rule, so both go.
DROP TABLE IF EXISTS urgent_signals;
DROP TABLE IF EXISTS requested_actions;
