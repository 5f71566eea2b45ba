//! Guide section: what teleradiology is, what the word 読影 means, and who uses the service.

use guide_model::guide::Section;
use leptos::prelude::*;

use super::GuideSection;

/// This section of the guide.
const SECTION: Section = Section::WhatIs;

/// What teleradiology and a teleradiology service are, and when hospitals use one.
#[component]
pub fn WhatIsSection() -> impl IntoView {
    view! {
        <GuideSection id=SECTION.id() title=SECTION.title()>
            <p>
                "遠隔画像診断とは、画像を撮影した医療機関とは別の場所で、その画像の診断を行ってもらうことです。"
            </p>
            <ul>
                <li>"病院で撮影したCTやMRの画像を外部の企業に送り、診断を任せる"</li>
                <li>
                    "撮影設備のない小規模な病院やクリニックが、地域の連携を通じて近くの中核病院に撮影を頼む"
                </li>
            </ul>
            <p>"どちらの形も遠隔画像診断と呼ばれます。"</p>
            <p>
                "後者の地域連携では、撮影に関わる管理加算を算定できるのは撮影を行う中核病院の側で、依頼した施設は算定できません。中核病院にとっては収益を増やす機会になり、依頼した施設は質の高い診断を受けられるという利点があります。"
            </p>

            <h3>"「読影」と「画像診断」"</h3>
            <p>
                "「読影」「遠隔読影」「読影会社」といった言い方もよく使われます。ただ、「読影」は放射線診断専門医が画像を見て診断する行為そのものを指す言葉です。そのため、サービスの名前としては「画像診断」「遠隔画像診断」と呼ぶのが正確です。"
            </p>

            <h3>"遠隔画像診断サービスとは"</h3>
            <p>
                "検査を行った施設が撮影した画像を遠隔画像診断の会社に送り、診断の結果を返してもらうサービスのことです。CTやMRIをはじめとする画像の読影と診断を、医療機関の外にいる画像診断の専門医に依頼するサービスをまとめてこう呼びます。"
            </p>

            <h3>"どんな医療機関が利用するのか"</h3>
            <p>
                "使い方は、院内に放射線診断を専門とする医師がいるかどうかで変わります。利用が多いのは、放射線診断専門医を2名以上そろえたいものの、採用が難しい病院です。"
            </p>
        </GuideSection>
    }
}
