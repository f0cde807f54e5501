// The dev server's certificate when office-addin-dev-certs cannot install its CA (no sudo, no
// admin rights): certificates made without installing them, and a note on how to trust the CA.
import * as crypto from "crypto";
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import * as realDevCerts from "office-addin-dev-certs";

const { devServerHttpsOptions } = require("../../scripts/dev-certs") as {
  devServerHttpsOptions: (options: {
    devCerts: object;
    directory: string;
    log: (message: string) => void;
  }) => Promise<{ ca: Buffer; cert: Buffer; key: Buffer }>;
};

const NO_SUDO = "Unable to install the CA certificate. /bin/sh: 1: sudo: not found";

let directory = "";
beforeEach(() => {
  directory = fs.mkdtempSync(path.join(os.tmpdir(), "thidua-certs-"));
  // office-addin-dev-certs says where it wrote the files; keep the test output clean.
  jest.spyOn(console, "log").mockImplementation(() => undefined);
});
afterEach(() => {
  fs.rmSync(directory, { recursive: true, force: true });
  jest.restoreAllMocks();
});

/** office-addin-dev-certs as it is, but its install fails as it does without sudo. */
function withoutSudo(): { devCerts: typeof realDevCerts; generated: () => number } {
  let generated = 0;
  const devCerts = {
    ...realDevCerts,
    getHttpsServerOptions: () => Promise.reject(new Error(NO_SUDO)),
    generateCertificates: (...args: Parameters<typeof realDevCerts.generateCertificates>) => {
      generated++;
      return realDevCerts.generateCertificates(...args);
    },
  };
  return { devCerts, generated: () => generated };
}

describe("the dev server's certificate", () => {
  it("is the installed one when office-addin-dev-certs can install its CA", async () => {
    const installed = { ca: Buffer.from("ca"), cert: Buffer.from("cert"), key: Buffer.from("key") };
    const log = jest.fn();
    const devCerts = { getHttpsServerOptions: () => Promise.resolve(installed), generateCertificates: jest.fn() };
    expect(await devServerHttpsOptions({ devCerts, directory, log })).toEqual(installed);
    expect(devCerts.generateCertificates).not.toHaveBeenCalled();
    expect(log).not.toHaveBeenCalled();
  });

  it("is made without installing when the install fails, with a note naming the CA file and how to trust it", async () => {
    const { devCerts, generated } = withoutSudo();
    const log = jest.fn();
    const options = await devServerHttpsOptions({ devCerts, directory, log });
    expect(generated()).toBe(1);
    const certificate = new crypto.X509Certificate(options.cert);
    expect(certificate.checkPrivateKey(crypto.createPrivateKey(options.key))).toBe(true);
    expect(certificate.checkIssued(new crypto.X509Certificate(options.ca))).toBe(true);
    expect(certificate.checkHost("localhost")).toBe("localhost");
    expect(options.ca).toEqual(fs.readFileSync(path.join(directory, "ca.crt")));
    expect(log).toHaveBeenCalledTimes(1);
    const note = log.mock.calls[0][0] as string;
    expect(note).toContain("sudo: not found");
    expect(note).toContain(path.join(directory, "ca.crt"));
    expect(note).toContain("update-ca-certificates");
    expect(note).toContain("npx office-addin-dev-certs install");
  }, 60_000);

  it("reuses certificates made before while they are valid, and replaces broken ones", async () => {
    const { devCerts, generated } = withoutSudo();
    const first = await devServerHttpsOptions({ devCerts, directory, log: () => undefined });
    const second = await devServerHttpsOptions({ devCerts, directory, log: () => undefined });
    expect(generated()).toBe(1);
    expect(second.cert).toEqual(first.cert);

    fs.writeFileSync(path.join(directory, "localhost.key"), "not a key");
    const third = await devServerHttpsOptions({ devCerts, directory, log: () => undefined });
    expect(generated()).toBe(2);
    expect(third.cert).not.toEqual(first.cert);
    expect(new crypto.X509Certificate(third.cert).checkPrivateKey(crypto.createPrivateKey(third.key))).toBe(true);
  }, 60_000);

  it("fails with both reasons and the way out when certificates cannot be made either", async () => {
    const devCerts = {
      getHttpsServerOptions: () => Promise.reject(new Error(NO_SUDO)),
      generateCertificates: () => Promise.reject(new Error("Unable to create the directory.")),
    };
    const failure = devServerHttpsOptions({ devCerts, directory, log: () => undefined });
    await expect(failure).rejects.toThrow(/sudo: not found[\s\S]*Unable to create the directory[\s\S]*update-ca-certificates/);
  });
});
