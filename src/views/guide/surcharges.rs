//! Guide section: part and slice surcharges (部位加算・スライス加算) and why they matter.

use guide_model::directory::facet::Facet;
use guide_model::feature::Feature;
use guide_model::guide::Section;
use guide_model::pages::Page;
use guide_model::route::Query;
use leptos::prelude::*;

use super::GuideSection;

/// This section of the guide.
const SECTION: Section = Section::Surcharges;

/// The directory filtered to services that state they charge no slice or part surcharge.
fn no_surcharge_href() -> String {
    let codes = [Feature::NoSliceSurcharge, Feature::NoPartSurcharge].map(Feature::code).join(",");
    Page::Directory.with_query(Query(vec![(Facet::Fees.key().to_string(), codes)])).href()
}

/// What the two surcharges are, and why to weigh them together with the usual fees.
#[component]
pub fn SurchargesSection() -> impl IntoView {
    view! {
        <GuideSection id=SECTION.id() title=SECTION.title()>
            <p>
                "遠隔画像診断サービスの費用には、初期費用や月額費用のほかに、条件によって上乗せされる「加算」があります。代表的なものが部位加算とスライス加算です。"
            </p>

            <h3>"部位加算"</h3>
            <p>
                "特定の部位を撮影した画像の診断に、追加でかかる費用です。たとえばCTで複数の部位を撮影した場合、部位ごとに加算がつくことがあります。"
            </p>
            <p>
                "正確な診断には、必要な部位を画質を保って撮影することが欠かせません。部位加算は、そのために必要な部位をきちんと撮影するための追加費用という位置づけです。"
            </p>

            <h3>"スライス加算"</h3>
            <p>
                "読影する画像の枚数が一定数を超えたときにかかる追加費用です。ふつうは、決められた枚数を超える読影から加算が発生する仕組みになっています。"
            </p>
            <p>
                "画像の枚数が足りないと、診断の精度に影響が出るおそれがあります。医療機関には、診断の質を保ちながら費用とのつり合いをうまく取ることが求められます。"
            </p>

            <h3>"サービス選びで加算を確かめる理由"</h3>
            <p>
                "質の高い読影には適切な画像データが欠かせず、それには加算費用がともなうことが少なくありません。費用を抑えようとして送る画像の枚数を減らし、その結果診断の質が下がってしまっては本末転倒です。"
            </p>
            <p>
                "初期費用や月額費用といった通常の費用だけで比べず、加算費用もあわせて確かめることが、診断の質を守ることにつながります。"
            </p>
            <div class="guide-callout">
                <p>
                    "サービス一覧では、スライス加算や部位加算がないと明記しているサービスに絞り込めます。"
                </p>
                <p><a href=no_surcharge_href()>"加算なしと明記しているサービスを見る"</a></p>
                <p>
                    "加算について記載がないことは「加算がない」という意味ではありません。気になるサービスは事業者に確かめてください。"
                </p>
            </div>
        </GuideSection>
    }
}
