//! What qualifies a computed due time: the notes the clock shows beside it.

/// What qualifies a computed due time.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Note {
    /// The rule gives a day, not a time: due by the end of that day.
    EndOfDay,
    /// The source gives the best case (最短): it may come later.
    Earliest,
    /// The source gives a target (目途, 程度, 原則).
    Approx,
    /// The words give several values; this is the slowest of them.
    UpperBound,
    /// No intake window or cut-off is stated; the acceptance time is this page's assumption.
    Estimated,
    /// Sent after the stated cut-off (or on a closed day): counted from the next business day.
    AfterCutoff,
    /// The sources state different intake hours, read together.
    Joined,
    /// The sources state the rule differently.
    SourcesDiffer,
    /// The words can be read another way (why); the later reading is shown.
    Ambiguous(String),
    /// Weekend hours are stated but holidays are not: the holiday is counted as closed.
    HolidayAssumed,
}

impl Note {
    /// The note as the page shows it.
    pub fn label(&self) -> String {
        match self {
            Note::EndOfDay => "期限は日付のみ(当日中)".into(),
            Note::Earliest => "最短の記載(これより遅くなることがあります)".into(),
            Note::Approx => "目安の記載".into(),
            Note::UpperBound => "記載のうち最も遅い値で計算".into(),
            Note::Estimated => "推定: 受付時間の記載なし".into(),
            Note::AfterCutoff => {
                "締切時刻の後のため、翌営業日の受付として計算(受付開始時刻の記載なし)".into()
            }
            Note::Joined => "出典ごとに受付時間が異なるため、合わせて読んでいます".into(),
            Note::SourcesDiffer => "出典によって返却の記載が異なります".into(),
            Note::Ambiguous(why) => format!("解釈が分かれる記載({why})のため、遅い方の読みで表示"),
            Note::HolidayAssumed => "祝日の受付は記載がないため、受け付けない読みで計算".into(),
        }
    }
}
