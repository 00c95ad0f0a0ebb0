// RESPONSE_MAX_BYTES and TRUST_PROXY parsing: what is accepted, what it becomes, and that a bad
// value names the variable.
import { ConfigError, loadConfig } from './env';

const cfg = (env: Record<string, string>) => loadConfig(env, '/tmp');
const fails = (env: Record<string, string>, name: string) => {
  expect(() => cfg(env)).toThrow(ConfigError);
  expect(() => cfg(env)).toThrow(new RegExp(`${name}:`));
};

describe('RESPONSE_MAX_BYTES', () => {
  it('defaults to 16 MiB', () => {
    expect(cfg({}).RESPONSE_MAX_BYTES).toBe(16 * 1024 * 1024);
  });
  it('takes bytes or a binary unit, any case, with or without a space', () => {
    expect(cfg({ RESPONSE_MAX_BYTES: '4096' }).RESPONSE_MAX_BYTES).toBe(4096);
    expect(cfg({ RESPONSE_MAX_BYTES: '4kb' }).RESPONSE_MAX_BYTES).toBe(4096);
    expect(cfg({ RESPONSE_MAX_BYTES: '4k' }).RESPONSE_MAX_BYTES).toBe(4096);
    expect(cfg({ RESPONSE_MAX_BYTES: '2MB' }).RESPONSE_MAX_BYTES).toBe(2 * 1024 ** 2);
    expect(cfg({ RESPONSE_MAX_BYTES: '64 m' }).RESPONSE_MAX_BYTES).toBe(64 * 1024 ** 2);
    expect(cfg({ RESPONSE_MAX_BYTES: '300b' }).RESPONSE_MAX_BYTES).toBe(300);
  });
  it('refuses other units, negatives, fractions, and values outside 256 B … 512 MiB', () => {
    for (const v of ['1tb', '-1', '1.5mb', 'lots', '16 MiB', '100', '1g', '513mb']) fails({ RESPONSE_MAX_BYTES: v }, 'RESPONSE_MAX_BYTES');
    expect(cfg({ RESPONSE_MAX_BYTES: '256' }).RESPONSE_MAX_BYTES).toBe(256);
    expect(cfg({ RESPONSE_MAX_BYTES: '512mb' }).RESPONSE_MAX_BYTES).toBe(512 * 1024 ** 2);
  });
  it('an empty value means unset (the default)', () => {
    expect(cfg({ RESPONSE_MAX_BYTES: '' }).RESPONSE_MAX_BYTES).toBe(16 * 1024 * 1024);
  });
});

describe('TRUST_PROXY', () => {
  it('is off when unset, empty or false', () => {
    expect(cfg({}).TRUST_PROXY).toBe(false);
    expect(cfg({ TRUST_PROXY: '' }).TRUST_PROXY).toBe(false);
    expect(cfg({ TRUST_PROXY: 'false' }).TRUST_PROXY).toBe(false);
    expect(cfg({ TRUST_PROXY: 'FALSE' }).TRUST_PROXY).toBe(false);
  });
  it('true trusts every hop; a number is a hop count', () => {
    expect(cfg({ TRUST_PROXY: 'true' }).TRUST_PROXY).toBe(true);
    expect(cfg({ TRUST_PROXY: '1' }).TRUST_PROXY).toBe(1);
    expect(cfg({ TRUST_PROXY: ' 2 ' }).TRUST_PROXY).toBe(2);
    expect(cfg({ TRUST_PROXY: '0' }).TRUST_PROXY).toBe(0);
  });
  it('a comma-separated list of names, addresses and subnets becomes an array', () => {
    expect(cfg({ TRUST_PROXY: 'loopback' }).TRUST_PROXY).toEqual(['loopback']);
    expect(cfg({ TRUST_PROXY: '10.0.0.1' }).TRUST_PROXY).toEqual(['10.0.0.1']);
    expect(cfg({ TRUST_PROXY: 'loopback, 10.0.0.0/8,fd00::/8 , 192.168.0.0/255.255.0.0,::1,linklocal,uniquelocal' }).TRUST_PROXY)
      .toEqual(['loopback', '10.0.0.0/8', 'fd00::/8', '192.168.0.0/255.255.0.0', '::1', 'linklocal', 'uniquelocal']);
  });
  it('refuses host names, bad addresses, bad prefixes and empty lists, naming the bad entry', () => {
    for (const v of ['proxy.example', '10.0.0.256', '10.0.0.0/33', 'fd00::/129', 'fd00::/255.0.0.0', '10.0.0.0/8/1', ',', 'yes', '1.5', '-1']) {
      fails({ TRUST_PROXY: v }, 'TRUST_PROXY');
    }
    expect(() => cfg({ TRUST_PROXY: 'loopback, proxy.example' })).toThrow(/bad: proxy\.example/);
  });
});
