/**
 * What PostgreSQL's stores have that the schema description does not render: the statements that
 * filled new columns from the rows already stored when a migration added them (written in
 * PostgreSQL's JSON functions). Its free-text pieces are tsvector columns, described with the
 * tables (tables.ts) and indexed with gin (indexes.ts).
 */

/** Events' coordinates, read from their JSON. */
export const FILL_EVENT_POSITIONS = `
  UPDATE events SET lat = (data::jsonb #>> '{location,lat}')::float8, lon = (data::jsonb #>> '{location,lon}')::float8;`;

/** The words of what the API's `q` searches (shared/event-search-text.ts), for the events already stored. */
export const FILL_EVENT_SEARCH = `
  UPDATE events SET search = to_tsvector('simple', concat_ws(E'\\n', data::jsonb #>> '{location,name}', actor1, actor2,
    (SELECT string_agg(DISTINCT t, E'\\n') FROM jsonb_array_elements_text(jsonb_path_query_array(data::jsonb, '$.sources[*].evidence[*].text')) t)));`;
