/* eslint-disable no-undef */
// The dev server's HTTPS certificate. office-addin-dev-certs makes a development CA and a
// localhost certificate, then installs the CA as trusted, which on Linux runs `sudo`. As root in a
// container without sudo, or without admin rights, installing fails; the server then still starts,
// with the same kind of certificates made without installing anything, and says how to trust them.
const crypto = require("crypto");
const fs = require("fs");
const os = require("os");
const path = require("path");

/** Where office-addin-dev-certs keeps its files, so that trusting the CA once serves both paths. */
const DEFAULT_DIRECTORY = path.join(os.homedir(), ".office-addin-dev-certs");

/** The three files in `directory`, read, when they exist, belong together and are still valid. */
function readUsable(files) {
  try {
    const read = { ca: fs.readFileSync(files.ca), cert: fs.readFileSync(files.cert), key: fs.readFileSync(files.key) };
    const certificate = new crypto.X509Certificate(read.cert);
    const valid =
      Date.parse(certificate.validTo) > Date.now() &&
      certificate.checkPrivateKey(crypto.createPrivateKey(read.key)) &&
      certificate.checkIssued(new crypto.X509Certificate(read.ca));
    return valid ? read : null;
  } catch {
    return null;
  }
}

/** What the user can do to trust the CA, or to get the normal install working. */
function howToTrust(caFile) {
  return [
    `The dev server uses a certificate signed by ${caFile}, which is not installed as trusted,`,
    "so browsers and Office will warn about https://localhost:3000 until you trust that CA:",
    `  - Debian/Ubuntu, as root: mkdir -p /usr/local/share/ca-certificates/office-addin-dev-certs && cp ${caFile} /usr/local/share/ca-certificates/office-addin-dev-certs/ && update-ca-certificates`,
    "  - or where sudo works: npx office-addin-dev-certs install",
    "  - Windows or macOS: import ca.crt as a trusted root certificate (or run the command above there).",
  ].join("\n");
}

/**
 * The { ca, cert, key } for webpack-dev-server: those office-addin-dev-certs installs, or, when
 * installing fails, ones made (or reused) in `directory` without installing, with a printed note.
 * `devCerts` and `log` are parameters so that a test can make the installer fail.
 */
async function devServerHttpsOptions({
  devCerts = require("office-addin-dev-certs"),
  directory = DEFAULT_DIRECTORY,
  log = console.warn,
} = {}) {
  let installError;
  try {
    const installed = await devCerts.getHttpsServerOptions();
    return { ca: installed.ca, cert: installed.cert, key: installed.key };
  } catch (error) {
    installError = error;
  }
  const files = {
    ca: path.join(directory, "ca.crt"),
    cert: path.join(directory, "localhost.crt"),
    key: path.join(directory, "localhost.key"),
  };
  let usable = readUsable(files);
  if (!usable) {
    try {
      // generateCertificates leaves an existing CA file alone, so stale files go first.
      for (const file of Object.values(files)) fs.rmSync(file, { force: true });
      await devCerts.generateCertificates(files.ca, files.cert, files.key);
    } catch (error) {
      throw new Error(
        `${installError.message}\nMaking certificates without installing them failed too: ${error.message}\n${howToTrust(files.ca)}`,
      );
    }
    usable = readUsable(files);
    if (!usable) throw new Error(`${installError.message}\nThe certificates made in ${directory} cannot be used.`);
  }
  log(`Could not install the development CA certificate: ${String(installError.message).trim()}\n${howToTrust(files.ca)}`);
  return usable;
}

module.exports = { devServerHttpsOptions };
