-- Schema version 3: goods-and-materials deliveries (shipments), their packing lists and the dated
-- steps of their workflow. Values are integer minor units of the delivery's currency; weights are
-- grams; quantities thousandths of a unit; dates ISO 8601 text.

CREATE TABLE deliveries (
    id {{ID}},
    revision INTEGER NOT NULL DEFAULT 1,
    code TEXT NOT NULL UNIQUE,
    project_id {{BIGINT}} NOT NULL REFERENCES projects (id) ON DELETE CASCADE,
    destination_country TEXT NOT NULL,
    consignee_id {{BIGINT}} REFERENCES partners (id) ON DELETE SET NULL,
    origin_port TEXT NOT NULL DEFAULT '',
    destination_port TEXT NOT NULL DEFAULT '',
    carrier TEXT NOT NULL DEFAULT '',
    transport_document TEXT NOT NULL DEFAULT '', -- bill of lading or air waybill
    incoterm TEXT NOT NULL DEFAULT '',
    status INTEGER NOT NULL DEFAULT 1, -- 1 planned .. 6 handed over, 7 cancelled
    planned_dispatch TEXT,
    planned_arrival TEXT,
    planned_handover TEXT,
    actual_dispatch TEXT,
    actual_arrival TEXT,
    actual_handover TEXT,
    certificate_number TEXT NOT NULL DEFAULT '',
    certificate_date TEXT,
    notes TEXT NOT NULL DEFAULT '',
    currency TEXT NOT NULL,
    -- The packing list's totals, kept by DeliveryService with the items in the same transaction.
    total_value {{BIGINT}} NOT NULL DEFAULT 0,
    gross_weight_g {{BIGINT}} NOT NULL DEFAULT 0,
    item_count INTEGER NOT NULL DEFAULT 0,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL
);
CREATE INDEX deliveries_project ON deliveries (project_id, planned_dispatch);
-- Covers the summary's sums of handed-over deliveries: read from the index alone.
CREATE INDEX deliveries_handover ON deliveries (status, actual_handover, destination_country, currency, total_value, gross_weight_g,
    project_id, consignee_id);
CREATE INDEX deliveries_arrival ON deliveries (status, planned_arrival);
CREATE INDEX deliveries_country ON deliveries (destination_country, status);
CREATE INDEX deliveries_consignee ON deliveries (consignee_id);

CREATE TABLE delivery_items (
    id {{ID}},
    delivery_id {{BIGINT}} NOT NULL REFERENCES deliveries (id) ON DELETE CASCADE,
    position INTEGER NOT NULL,
    description_en TEXT NOT NULL DEFAULT '',
    description_zh TEXT NOT NULL DEFAULT '',
    category TEXT NOT NULL,
    quantity_milli {{BIGINT}} NOT NULL,
    unit TEXT NOT NULL,
    unit_value {{BIGINT}} NOT NULL,
    value {{BIGINT}} NOT NULL, -- quantity x unit value, rounded once
    gross_weight_g {{BIGINT}} NOT NULL DEFAULT 0
);
CREATE INDEX delivery_items_delivery ON delivery_items (delivery_id, position);
-- Covers the summary's sums per category.
CREATE INDEX delivery_items_rollup ON delivery_items (delivery_id, category, value, gross_weight_g);

-- Each step of the workflow, dated: what the status buttons did, in order.
CREATE TABLE delivery_events (
    id {{ID}},
    delivery_id {{BIGINT}} NOT NULL REFERENCES deliveries (id) ON DELETE CASCADE,
    from_status INTEGER NOT NULL,
    to_status INTEGER NOT NULL,
    date TEXT NOT NULL,
    recorded_at TEXT NOT NULL,
    recorded_by TEXT NOT NULL DEFAULT ''
);
CREATE INDEX delivery_events_delivery ON delivery_events (delivery_id, id);
