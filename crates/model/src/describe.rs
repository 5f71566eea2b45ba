//! Plain Japanese descriptions of structured rules, for the UI and the validator.

use crate::rule::{Clock, Day, Due, ReturnRule, Window};

impl Due {
    /// E.g. 受付から1時間以内, 翌営業日の18:00まで, 3営業日以内, 当日中.
    pub fn describe(&self) -> String {
        match *self {
            Due::Minutes { minutes } if minutes % 60 == 0 => format!("受付から{}時間以内", minutes / 60),
            Due::Minutes { minutes } => format!("受付から{minutes}分以内"),
            Due::BusinessDays { days, by } => {
                day_rule(days, by, ["当営業日", "翌営業日", "翌々営業日"], "営業日")
            }
            Due::CalendarDays { days, by } => day_rule(days, by, ["当日", "翌日", "翌々日"], "日"),
        }
    }
}

/// "翌営業日の18:00まで", "3営業日以内", "当日中": `names` are the words for days 0, 1 and 2.
fn day_rule(days: u32, by: Option<Clock>, names: [&str; 3], unit: &str) -> String {
    let day = match names.get(days as usize) {
        Some(name) => (*name).to_string(),
        None => format!("{days}{unit}目"),
    };
    match by {
        None if days >= 3 => format!("{days}{unit}以内"),
        None => format!("{day}中"),
        Some(t) => format!("{day}の{}まで", short(t)),
    }
}

impl ReturnRule {
    /// The due rule and, when its words are ambiguous, the other reading: 3日以内 または 3営業日以内.
    pub fn describe_readings(&self) -> String {
        match self.ambiguous.as_ref().and_then(|a| a.or.as_ref()) {
            Some(other) => format!("{} または {}", self.describe(), other.describe()),
            None => self.describe(),
        }
    }

    /// The due rule with its qualifiers: 最短…, …(目安).
    pub fn describe(&self) -> String {
        let base = self.due.describe();
        let base = if self.earliest { format!("最短で{base}") } else { base };
        if self.approx {
            format!("{base}(目安)")
        } else {
            base
        }
    }
}

impl Window {
    /// E.g. 月〜金 9:00〜18:00, 月〜金 18:00〜翌9:00.
    pub fn describe(&self) -> String {
        let next = if self.to < self.from { "翌" } else { "" };
        format!("{} {}〜{next}{}", describe_days(&self.days), short(self.from), short(self.to))
    }
}

/// Describes windows joined with "、".
pub fn describe_windows(windows: &[Window]) -> String {
    windows.iter().map(Window::describe).collect::<Vec<_>>().join("、")
}

/// Describes the hours a set of windows covers, each (from, to) once with all its days, however
/// the windows are grouped or repeated across sources: 月〜土 9:00〜18:00、月〜金 9:00〜20:00.
pub fn describe_coverage(windows: &[&Window]) -> String {
    let owned: Vec<Window> = windows.iter().map(|w| (*w).clone()).collect();
    let mut merged: Vec<Window> = Vec::new();
    for (day, from, to) in window_key(&owned) {
        match merged.iter_mut().find(|w| w.from == from && w.to == to) {
            Some(w) => w.days.push(day),
            None => merged.push(Window { days: vec![day], from, to }),
        }
    }
    describe_windows(&merged)
}

/// Every (day, from, to) a set of windows covers, sorted: equal for equal coverage however
/// the windows are grouped.
pub fn window_key(windows: &[Window]) -> Vec<(Day, Clock, Clock)> {
    let mut key: Vec<(Day, Clock, Clock)> =
        windows.iter().flat_map(|w| w.days.iter().map(move |d| (*d, w.from, w.to))).collect();
    key.sort();
    key.dedup();
    key
}

/// Day lists with runs compressed: 月〜金・土, 土日祝.
pub fn describe_days(days: &[Day]) -> String {
    const WEEK: [Day; 7] = [Day::Mon, Day::Tue, Day::Wed, Day::Thu, Day::Fri, Day::Sat, Day::Sun];
    let mut parts: Vec<String> = Vec::new();
    let mut i = 0;
    while i < WEEK.len() {
        if !days.contains(&WEEK[i]) {
            i += 1;
            continue;
        }
        let start = i;
        while i + 1 < WEEK.len() && days.contains(&WEEK[i + 1]) {
            i += 1;
        }
        parts.push(if i - start >= 2 {
            format!("{}〜{}", WEEK[start].label(), WEEK[i].label())
        } else {
            (start..=i).map(|d| WEEK[d].label()).collect()
        });
        i += 1;
    }
    if days.contains(&Day::Hol) {
        parts.push(Day::Hol.label().to_string());
    }
    parts.join("・")
}

/// 9:00 rather than 09:00.
fn short(t: Clock) -> String {
    format!("{}:{:02}", t.minutes / 60, t.minutes % 60)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn clock(s: &str) -> Clock {
        Clock::parse(s).expect("valid clock")
    }

    #[test]
    fn describes_rules_in_plain_japanese() {
        assert_eq!(Due::Minutes { minutes: 60 }.describe(), "受付から1時間以内");
        assert_eq!(Due::Minutes { minutes: 90 }.describe(), "受付から90分以内");
        assert_eq!(Due::BusinessDays { days: 1, by: Some(clock("18:00")) }.describe(), "翌営業日の18:00まで");
        assert_eq!(Due::BusinessDays { days: 1, by: None }.describe(), "翌営業日中");
        assert_eq!(Due::BusinessDays { days: 3, by: None }.describe(), "3営業日以内");
        assert_eq!(Due::CalendarDays { days: 0, by: None }.describe(), "当日中");
        assert_eq!(Due::CalendarDays { days: 1, by: Some(clock("09:00")) }.describe(), "翌日の9:00まで");
        let rule = ReturnRule { approx: true, ..ReturnRule::plain(Due::Minutes { minutes: 120 }) };
        assert_eq!(rule.describe(), "受付から2時間以内(目安)");
    }

    #[test]
    fn describes_windows_and_compares_them_by_coverage() {
        let weekdays = vec![Day::Mon, Day::Tue, Day::Wed, Day::Thu, Day::Fri];
        let nights = Window { days: weekdays.clone(), from: clock("18:00"), to: clock("09:00") };
        assert_eq!(nights.describe(), "月〜金 18:00〜翌9:00");
        let weekend =
            Window { days: vec![Day::Sat, Day::Sun, Day::Hol], from: clock("00:00"), to: clock("24:00") };
        assert_eq!(weekend.describe(), "土日・祝 0:00〜24:00");
        let mut six = weekdays.clone();
        six.push(Day::Sat);
        let one = [Window { days: six, from: clock("09:00"), to: clock("18:00") }];
        let two = [
            Window { days: weekdays, from: clock("09:00"), to: clock("18:00") },
            Window { days: vec![Day::Sat], from: clock("09:00"), to: clock("18:00") },
        ];
        assert_eq!(window_key(&one), window_key(&two));
    }
}
