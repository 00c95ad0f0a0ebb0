// XML text helpers shared by the GEXF and GraphML writers. Every string that reaches an XML
// export goes through here: graph content is user-controlled news text (names such as
// `<img src=x onerror=alert(1)>`), so nothing is written raw.

// Characters XML 1.0 cannot carry at all, not even as `&#…;` references: C0 controls other than
// tab/LF/CR, lone surrogates, U+FFFE and U+FFFF. The `u` flag makes a lone surrogate one code
// point that falls outside every allowed range, so it is matched too.
const XML_FORBIDDEN = /[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu;

/** Removes what XML 1.0 forbids; everything else (Vietnamese diacritics, emoji …) is kept. */
export function stripXmlForbidden(value: string): string {
  return value.replace(XML_FORBIDDEN, '');
}

// Parsers normalise line ends (CR, CRLF and, in xmldom, NEL and LINE SEPARATOR) in raw text to LF;
// a character reference is exempt from that, so these are written as references to survive.
const LINE_END_REFS: Record<string, string> = { '\r': '&#13;', '\u0085': '&#133;', '\u2028': '&#8232;' };

/** Escapes element content: `&`, `<`, `>` (so `]]>` can never appear) and line-end characters. */
export function escapeXmlText(value: string): string {
  return stripXmlForbidden(value).replace(/[&<>\r\u0085\u2028]/g, (c) => {
    if (c === '&') return '&amp;';
    if (c === '<') return '&lt;';
    if (c === '>') return '&gt;';
    return LINE_END_REFS[c] ?? '';
  });
}

/**
 * Escapes a double- or single-quoted attribute value. Tab and LF are referenced too: attribute-value
 * normalisation would otherwise turn them into spaces.
 */
export function escapeXmlAttribute(value: string): string {
  return stripXmlForbidden(value).replace(/[&<>"'\t\n\r\u0085\u2028]/g, (c) => {
    switch (c) {
      case '&': return '&amp;';
      case '<': return '&lt;';
      case '>': return '&gt;';
      case '"': return '&quot;';
      case "'": return '&apos;';
      case '\t': return '&#9;';
      case '\n': return '&#10;';
      default: return LINE_END_REFS[c] ?? '';
    }
  });
}

// GraphML types ids, key references and attr.name as xs:NMTOKEN. We keep to the ASCII subset of
// NameChar: validators disagree on the non-ASCII ranges (XML 1.0 4th vs 5th edition).
const NMTOKEN_SAFE = /[A-Za-z0-9.:-]/;

/**
 * Maps any string to a valid NMTOKEN, reversibly. Safe characters pass through, so Neo4j element
 * ids (`4:…:12`) and slugs are unchanged; every other character becomes `_xHHHH_` (its code
 * point), as in the XML-name escaping of SQL Server and Office. `_` is kept unless an `x` follows
 * it, in which case it is itself escaped — that is what makes decoding unambiguous. The empty
 * string (not an NMTOKEN) becomes `_x_`, which no other input produces.
 */
export function encodeNmtoken(value: string): string {
  if (value === '') return '_x_';
  let out = '';
  const chars = Array.from(value);
  chars.forEach((c, i) => {
    if (NMTOKEN_SAFE.test(c)) out += c;
    else if (c === '_' && chars[i + 1] !== 'x') out += c;
    else out += `_x${c.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}_`;
  });
  return out;
}

/** Inverse of {@link encodeNmtoken}, for readers of our GraphML files. */
export function decodeNmtoken(token: string): string {
  if (token === '_x_') return '';
  return token.replace(/_x([0-9A-F]{4,6})_/g, (_, hex: string) => String.fromCodePoint(parseInt(hex, 16)));
}
