// Reads a dataset's Parquet files with DuckDB, a Parquet reader independent of parquet-hadoop:
//   cd /tmp && npm install @duckdb/node-api && node /path/to/releng/bench/duckdb_read_dataset.mjs <dataset-dir>
import { DuckDBInstance } from '@duckdb/node-api';
const dir = process.argv[2];
const db = await DuckDBInstance.create(':memory:');
const c = await db.connect();
for (const q of [
  `select count(*) n, min(trace_index) lo, max(trace_index) hi, count(distinct field_record) shots, count(distinct cdp) cdps, min("offset") minoff, max("offset") maxoff, octet_length(any_value(raw)) rawlen from '${dir}/headers.parquet'`,
  `select count(*) n, sum(trace_count) traces, max(len(trace_indices)) longest from '${dir}/ensembles/cdp.parquet'`,
  `select * from '${dir}/ensembles/field_record.parquet' limit 2`]) {
  const r = await c.runAndReadAll(q);
  console.log(JSON.stringify(r.getRowObjectsJson()));
}
