-- Central System database on PostgreSQL: the same default plugins and configuration as
-- schema/central/V2 (all plugins enabled and ACTIVE).

INSERT INTO plugins_registry (plugin_id,          name,                plugin_type,       version, enabled, database_path,                status)
VALUES                       ('combined_v3',      'V3 Combined Logic', 'V3_COMBINED',     '1.0.0', TRUE,    'data/zepix_combined_v3.db',  'ACTIVE'),
                             ('price_action_1m',  'V6 1M Scalping',    'V6_PRICE_ACTION', '1.0.0', TRUE,    'data/zepix_price_action.db', 'ACTIVE'),
                             ('price_action_5m',  'V6 5M Momentum',    'V6_PRICE_ACTION', '1.0.0', TRUE,    'data/zepix_price_action.db', 'ACTIVE'),
                             ('price_action_15m', 'V6 15M Intraday',   'V6_PRICE_ACTION', '1.0.0', TRUE,    'data/zepix_price_action.db', 'ACTIVE'),
                             ('price_action_1h',  'V6 1H Swing',       'V6_PRICE_ACTION', '1.0.0', TRUE,    'data/zepix_price_action.db', 'ACTIVE');

INSERT INTO system_config (key,            value)
VALUES                    ('bot_version',  '3.0.0'),
                          ('architecture', 'dual_core_v3_v6'),
                          ('v3_enabled',   'true'),
                          ('v6_enabled',   'true');
