//! Japanese-aware free-text search: full-width and half-width forms, katakana and hiragana,
//! upper and lower case, and punctuation all fold to one form before matching.

use crate::provider::Provider;

/// Folds text for matching: full-width ASCII → ASCII, half-width katakana → katakana (with
/// voiced marks joined), katakana → hiragana, ASCII lower case; spaces and punctuation dropped.
pub fn fold(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut chars = text.chars().peekable();
    while let Some(c) = chars.next() {
        let mut c = widen(c);
        if let Some(&mark) = chars.peek() {
            if let Some(voiced) = join_mark(c, mark) {
                c = voiced;
                chars.next();
            }
        }
        let c = to_hiragana(c).to_ascii_lowercase();
        if c.is_alphanumeric() || c == 'ー' {
            out.push(c);
        }
    }
    out
}

/// Full-width ASCII to ASCII and half-width katakana to full-width katakana.
fn widen(c: char) -> char {
    const HALF_KANA: &str = "。「」、・ヲァィゥェォャュョッーアイウエオカキクケコサシスセソタチツテトナニヌネノハヒフヘホマミムメモヤユヨラリルレロワン゛゜";
    match c {
        '\u{FF01}'..='\u{FF5E}' => char::from_u32(c as u32 - 0xFEE0).unwrap_or(c),
        '\u{3000}' => ' ',
        '\u{FF61}'..='\u{FF9F}' => HALF_KANA.chars().nth((c as u32 - 0xFF61) as usize).unwrap_or(c),
        _ => c,
    }
}

/// Joins a (half-width or combining) voiced sound mark to the kana before it.
fn join_mark(c: char, mark: char) -> Option<char> {
    let voiced = matches!(mark, '゛' | 'ﾞ' | '\u{3099}');
    let semi = matches!(mark, '゜' | 'ﾟ' | '\u{309A}');
    let code = c as u32;
    let ka_to_to = (0x30AB..=0x30C8).contains(&code) && !code.is_multiple_of(2) && code != 0x30C3;
    let ka_to_to = ka_to_to || matches!(code, 0x30C4 | 0x30C6 | 0x30C8);
    let ha_row = (0x30CF..=0x30DB).contains(&code) && (code - 0x30CF).is_multiple_of(3);
    match () {
        _ if voiced && c == 'ウ' => Some('ヴ'),
        _ if voiced && (ka_to_to || ha_row) => char::from_u32(code + 1),
        _ if semi && ha_row => char::from_u32(code + 2),
        _ => None,
    }
}

fn to_hiragana(c: char) -> char {
    match c {
        '\u{30A1}'..='\u{30F6}' => char::from_u32(c as u32 - 0x60).unwrap_or(c),
        _ => c,
    }
}

/// A parsed query: folded terms that must all match.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Query {
    terms: Vec<String>,
}

impl Query {
    /// Splits on any white space (including the full-width space) and folds each term.
    pub fn parse(input: &str) -> Query {
        let terms = input.split(|c: char| c.is_whitespace()).map(fold).filter(|t| !t.is_empty()).collect();
        Query { terms }
    }

    /// No terms: everything matches.
    pub fn is_empty(&self) -> bool {
        self.terms.is_empty()
    }

    /// Whether every term occurs in the folded haystack.
    pub fn matches(&self, folded_haystack: &str) -> bool {
        self.terms.iter().all(|t| folded_haystack.contains(t.as_str()))
    }
}

/// Everything a visitor may search a provider by, folded once.
pub fn haystack(p: &Provider) -> String {
    let mut parts: Vec<&str> = vec![&p.name, &p.reading, &p.description, &p.id];
    let texts = p.names.iter().chain(&p.service_names).chain(&p.affiliations).chain(&p.notes);
    parts.extend(texts.filter_map(|f| f.text.as_deref()));
    parts.extend(p.menu.iter().filter_map(|m| m.text.as_deref()));
    parts.extend(p.menu.iter().flat_map(|m| m.modalities.iter().map(|m| m.label())));
    parts.extend(p.region.iter().filter_map(|r| r.place.as_deref()));
    parts.extend(p.features.iter().map(|f| f.code.label()));
    parts.extend(p.features.iter().map(|f| f.text.as_str()));
    fold(&parts.join(" "))
}

/// Every provider's search text in one buffer, folded once, each ended by a byte that folded
/// text never holds. One long search through it lets the substring searcher adapt to the text
/// (Japanese text defeats its quick pre-scan, and it notices only over a long haystack) and jump
/// to the next provider after a hit, instead of starting afresh on ten thousand short texts.
#[derive(Clone, Debug, Default)]
pub struct Corpus {
    text: Vec<u8>,
    /// Where each provider's text starts, then the end of the buffer.
    starts: Vec<usize>,
}

/// Ends each provider's text: folding keeps letters, digits and 'ー' only, so no term holds it.
const END: u8 = 0;

impl Corpus {
    /// The folded search texts of `providers`, in order.
    pub fn build(providers: &[Provider]) -> Corpus {
        Corpus::of_folded(providers.iter().map(haystack))
    }

    /// A corpus of texts already folded.
    fn of_folded(texts: impl IntoIterator<Item = String>) -> Corpus {
        let mut corpus = Corpus::default();
        for text in texts {
            corpus.starts.push(corpus.text.len());
            corpus.text.extend_from_slice(text.as_bytes());
            corpus.text.push(END);
        }
        corpus.starts.push(corpus.text.len());
        corpus
    }

    /// For each provider, whether its text holds every term of `query`.
    pub fn matching(&self, query: &Query) -> Vec<bool> {
        let count = self.starts.len().saturating_sub(1);
        let mut all = vec![true; count];
        for term in &query.terms {
            let finder = memchr::memmem::Finder::new(term.as_bytes());
            let mut found = vec![false; count];
            let mut at = 0;
            while let Some(offset) = finder.find(&self.text[at..]) {
                // The provider whose text holds the hit; the search goes on from the next one.
                let entry = self.starts.partition_point(|&s| s <= at + offset) - 1;
                found[entry] = true;
                at = self.starts[entry + 1];
            }
            all.iter_mut().zip(found).for_each(|(a, f)| *a &= f);
        }
        all
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn folds_width_kana_and_case() {
        assert_eq!(fold("ＣＴ／ＭＲＩ"), "ctmri");
        assert_eq!(fold("ﾜｲｽﾞ･ﾘｰﾃﾞｨﾝｸﾞ"), "わいずりーでぃんぐ");
        assert_eq!(fold("ワイズ・リーディング"), "わいずりーでぃんぐ");
        assert_eq!(fold("ﾎﾟｲﾝﾄ ﾊﾟﾌﾞ"), "ぽいんとぱぶ");
        assert_eq!(fold("Tele-RAD"), "telerad");
        assert_eq!(fold("ｳﾞｨ"), "ゔぃ");
        assert_eq!(fold("東京　医療"), "東京医療");
    }

    #[test]
    fn queries_need_every_term() {
        let hay = fold("ワイズ・リーディング CT/MRI 熊本");
        assert!(Query::parse("わいず ｃｔ").matches(&hay));
        assert!(Query::parse("ﾜｲｽﾞ").matches(&hay));
        assert!(!Query::parse("わいず PET").matches(&hay));
        assert!(Query::parse("　").is_empty());
    }

    #[test]
    fn the_corpus_gives_each_text_the_answer_it_gives_alone() {
        let hays = [
            "ワイズ・リーディング CT/MRI 熊本",
            "セコム医療システム ホスピネット",
            "",
            "ct",
            "ctct",
            "わいずct",
        ]
        .map(fold);
        let corpus = Corpus::of_folded(hays.iter().cloned());
        for q in ["わいず ｃｔ", "ﾜｲｽﾞ", "わいず PET", "ほすぴ", "CT", "　", "ー", "ctc", "ずc"]
        {
            let query = Query::parse(q);
            let alone: Vec<bool> = hays.iter().map(|hay| query.matches(hay)).collect();
            assert_eq!(corpus.matching(&query), alone, "{q:?}");
        }
        assert_eq!(Corpus::of_folded(Vec::new()).matching(&Query::parse("ct")), Vec::<bool>::new());
    }
}
