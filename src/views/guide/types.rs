//! Guide section: the two types of teleradiology (病院連携型 and 企業委託型) compared in a table.

use guide_model::guide::Section;
use leptos::prelude::*;

use super::GuideSection;

/// This section of the guide.
const SECTION: Section = Section::Types;

/// What the source says about one type on one row; `None` means the source is silent.
type Cell = Option<&'static str>;

/// The comparison rows: the row heading, then 病院連携型 and 企業委託型.
const ROWS: [(&str, Cell, Cell); 7] = [
    (
        "仕組み",
        Some("病院どうしが連携して行う保険診療です。画像を撮影した病院が、連携先の病院に画像診断を依頼します。"),
        Some("読影医が足りない医療機関を支えるために生まれたサービスです。運営企業を通じて、その企業と契約している読影医に読影を依頼します。"),
    ),
    (
        "画像診断管理加算",
        Some("算定できます。画像を撮影した病院が、撮影料や診断料とあわせて算定します。"),
        Some("算定できません。遠隔画像診断を支援する商用サービスという扱いのためです。"),
    ),
    (
        "施設基準・申請",
        Some("撮影する病院と画像診断を行う病院の両方が遠隔画像診断の施設基準を満たし、それぞれ厚生局へ申請する必要があります。"),
        None,
    ),
    (
        "依頼できる量・タイミング",
        Some("施設基準により、受けた読影をさらに別の医療機関や施設へ委託することはできません。そのため、依頼できる量やタイミングに限りがあります。"),
        Some("依頼できる時間帯に融通がききやすい傾向があります。全国の多くの読影医が関わる仕組みです。"),
    ),
    (
        "携わる医師",
        Some("連携先として画像診断を行う病院の医師です。"),
        Some("運営企業と契約している全国各地の読影医です。携わる医師の数が多いのが特徴です。"),
    ),
    (
        "時間・返却の柔軟性",
        Some("ほかの施設へ読影を委託し直せないため、依頼できるタイミングは連携先の病院が受けられる範囲に限られます。"),
        Some("依頼できる時間や、レポートを返してもらうまでの時間の柔軟性が高い傾向にあります。"),
    ),
    (
        "専門外の相談",
        None,
        Some("関わる医師が多いため、自院の専門外の分野についても助言を受けやすいのが利点です。"),
    ),
];

/// The two types side by side, and what to weigh beyond the billing surcharge.
#[component]
pub fn TypesSection() -> impl IntoView {
    let rows = ROWS
        .iter()
        .map(|(label, hospital, company)| {
            view! {
                <tr>
                    <th scope="row">{*label}</th>
                    <td>{cell(*hospital)}</td>
                    <td>{cell(*company)}</td>
                </tr>
            }
        })
        .collect_view();
    view! {
        <GuideSection id=SECTION.id() title=SECTION.title()>
            <p>
                "遠隔画像診断には、病院どうしが連携する「病院連携型」と、企業のサービスを利用する「企業委託型」の2つの形があります。仕組みも、費用の扱いも、依頼のしやすさも違います。"
            </p>
            <div class="table-scroll" role="region" aria-label="病院連携型と企業委託型の比較表" tabindex="0">
                <table class="guide-compare">
                    <caption>"病院連携型と企業委託型の比較"</caption>
                    <thead>
                        <tr>
                            <th scope="col">"項目"</th>
                            <th scope="col">"病院連携型"</th>
                            <th scope="col">"企業委託型"</th>
                        </tr>
                    </thead>
                    <tbody>{rows}</tbody>
                </table>
            </div>
            <p class="guide-note">
                "「記載なし」は、このガイドのもとになった資料に説明がないことを表します。「ない」という意味ではありません。"
            </p>

            <h3>"加算を算定できるかどうかだけで選ばない"</h3>
            <p>
                "遠隔画像診断のいちばんの目的は、正確な診断結果を患者に届け、地域の医療全体の質を高めることです。サービスを選ぶときは、画像診断管理加算を算定できるかどうかだけでなく、自院が提供する医療の質をどう高められるかを重く見ることが大切です。"
            </p>
            <p>
                "企業委託型のサービスを使えば、経験を積んだ画像診断医に読影を依頼でき、場所や時間にしばられずに質の高い読影を受けられます。人手が足りないときや繁忙期への対応、新人医師を育てる体制が十分でないときなど、院内の人員だけでは手が回らない医療機関にとって、柔軟に使える企業委託型は医療の質を上げるうえで大きな助けになります。"
            </p>
        </GuideSection>
    }
}

/// One table cell: the statement, or 記載なし when the source is silent.
fn cell(text: Cell) -> AnyView {
    match text {
        Some(text) => text.into_any(),
        None => view! { <span class="unknown">"記載なし"</span> }.into_any(),
    }
}
