const EXIT = `Exit status:
  0  compiled (compiler warnings, if any, are printed to standard error; run
     'akash-sdl validate' for every warning)
  1  the file has errors (printed to standard error as 'akash-sdl validate' shows them)
  2  usage error, or the file cannot be read
`;

/**
 * The text of `akash-sdl manifest --help`.
 *
 * @example
 * io.stdout.write(MANIFEST_HELP);
 */
export const MANIFEST_HELP: string = `Usage: akash-sdl manifest [options] FILE

Print the manifest JSON that providers receive for an SDL file, byte for byte as the Go
reference (provider-services) marshals it. FILE - reads standard input.

Options:
      --sorted   print the sorted, compact JSON whose SHA-256 is the version hash
      --pretty   indent the JSON (two spaces, as Go's MarshalIndent)
  -h, --help     show this help

${EXIT}`;

/**
 * The text of `akash-sdl hash --help`.
 *
 * @example
 * io.stdout.write(HASH_HELP);
 */
export const HASH_HELP: string = `Usage: akash-sdl hash FILE...

Print the manifest version hash (lowercase hex SHA-256, MsgCreateDeployment.hash) of each
SDL file. With several files, one '<hash>  <file>' line each, as sha256sum prints; a file
with errors is reported on standard error and skipped. FILE - reads standard input.

Options:
  -h, --help   show this help

${EXIT}`;

/**
 * The text of `akash-sdl groups --help`.
 *
 * @example
 * io.stdout.write(GROUPS_HELP);
 */
export const GROUPS_HELP: string = `Usage: akash-sdl groups FILE

Print the group specs of an SDL file as JSON in the shape of the Go reference's
group-specs.json (snake_case requirements, prices with 18 decimals). FILE - reads
standard input.

Options:
  -h, --help   show this help

${EXIT}`;

/**
 * The text of `akash-sdl tx --help`.
 *
 * @example
 * io.stdout.write(TX_HELP);
 */
export const TX_HELP: string = `Usage: akash-sdl tx FILE --owner ADDR --dseq N --deposit COIN [options]

Build the MsgCreateDeployment for an SDL file, ready to sign. Nothing is signed or sent.

Options:
      --owner ADDR               deployment owner (bech32 account address)
      --dseq N                   deployment sequence (usually the current block height)
      --deposit COIN             deposit, e.g. 5000000uact
      --source balance|grant     deposit source; repeat as a comma list (default: balance)
      --msg v1beta4|v1beta3|v1beta5
                                 message version (default: v1beta4, the live chain's)
      --format base64|json       base64 of the protobuf message bytes, or the message as
                                 JSON (bytes as base64, 64-bit numbers as strings)
                                 (default: base64)
  -h, --help                     show this help

${EXIT}`;
