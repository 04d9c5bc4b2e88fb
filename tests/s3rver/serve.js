// Starts s3rver on a free loopback port for the deploy tests and prints "listening PORT" once it accepts
// requests. Usage: node serve.js DATA_FOLDER BUCKET...  Stops when its standard input closes (the test ended,
// or its process died), so no server outlives a test run.
'use strict';
const S3rver = require('s3rver');

const [directory, ...buckets] = process.argv.slice(2);
const server = new S3rver({
  address: '127.0.0.1',
  port: 0,
  directory,
  silent: true,
  vhostBuckets: false,
  configureBuckets: buckets.map(name => ({ name, configs: [] })),
});
server.run().then(({ port }) => {
  process.stdout.write(`listening ${port}\n`);
  process.stdin.resume();
  process.stdin.on('end', () => server.close().then(() => process.exit(0)));
}, error => {
  process.stderr.write(`s3rver did not start: ${error.message}\n`);
  process.exit(1);
});
