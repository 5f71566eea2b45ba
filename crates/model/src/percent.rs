//! Percent-encoding of UTF-8 text for URLs (routes, query strings, served paths), on the
//! `percent-encoding` crate with the one character set these URLs use.

use percent_encoding::{percent_decode_str, utf8_percent_encode, AsciiSet, NON_ALPHANUMERIC};

/// Everything but unreserved ASCII and the comma (which separates list values in a query).
const COMPONENT: &AsciiSet =
    &NON_ALPHANUMERIC.remove(b'-').remove(b'_').remove(b'.').remove(b'~').remove(b',');

/// Percent-decodes UTF-8; with `plus_is_space`, `+` becomes a space (query strings).
/// Invalid escapes are kept as they are; invalid UTF-8 becomes U+FFFD.
pub fn decode(s: &str, plus_is_space: bool) -> String {
    let spaced;
    let s = if plus_is_space && s.contains('+') {
        spaced = s.replace('+', " ");
        spaced.as_str()
    } else {
        s
    };
    percent_decode_str(s).decode_utf8_lossy().into_owned()
}

/// Percent-encodes everything but unreserved ASCII and the comma.
pub fn encode(s: &str) -> String {
    utf8_percent_encode(s, COMPONENT).to_string()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn japanese_round_trips() {
        let s = "ワイズ 読影,ct";
        assert_eq!(encode(s), "%E3%83%AF%E3%82%A4%E3%82%BA%20%E8%AA%AD%E5%BD%B1,ct");
        assert_eq!(decode(&encode(s), true), s);
    }

    #[test]
    fn broken_escapes_are_kept() {
        assert_eq!(decode("100%", true), "100%");
        assert_eq!(decode("%zz%4", true), "%zz%4");
        assert_eq!(decode("a+b", true), "a b");
        assert_eq!(decode("a+b", false), "a+b");
        assert_eq!(decode("%あ%E3%81%82", true), "%ああ");
    }
}
