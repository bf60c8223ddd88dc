/** An EWP IIA v7 document between the fixture institutions (insa-lyon.fr and uw.edu.pl). */
export type IiaDocumentOptions = { mobilitiesPerYear?: number; inEffect?: boolean; iscedFCode?: string; iiaId?: string };

const studies = (sending: string, receiving: string, mobilities: number, iscedFCode: string) => `
            <student-studies-mobility-spec>
                <sending-hei-id>${sending}</sending-hei-id>
                <receiving-hei-id>${receiving}</receiving-hei-id>
                <receiving-first-academic-year-id>2025/2026</receiving-first-academic-year-id>
                <receiving-last-academic-year-id>2027/2028</receiving-last-academic-year-id>
                <mobilities-per-year>${mobilities}</mobilities-per-year>
                <recommended-language-skill>
                    <language>en</language>
                    <cefr-level>B2</cefr-level>
                </recommended-language-skill>
                <subject-area>
                    <isced-f-code>${iscedFCode}</isced-f-code>
                </subject-area>
                <total-months-per-year>10</total-months-per-year>
                <blended>false</blended>
                <eqf-level>7</eqf-level>
            </student-studies-mobility-spec>`;

export const iiaDocument = ({ mobilitiesPerYear = 2, inEffect = true, iscedFCode = '0541', iiaId = 'insa-iia-7' }: IiaDocumentOptions = {}) => `<?xml version="1.0" encoding="UTF-8"?>
<iias-get-response xmlns="https://github.com/erasmus-without-paper/ewp-specs-api-iias/blob/stable-v7/endpoints/get-response.xsd">
    <iia>
        <partner>
            <hei-id>insa-lyon.fr</hei-id>
            <iia-id>${iiaId}</iia-id>
            <iia-code>INSA/2025/7</iia-code>
        </partner>
        <partner>
            <hei-id>uw.edu.pl</hei-id>
            <iia-id>0f7a5682-faf7-49a7-9cc7-ec486c49a281</iia-id>
        </partner>
        <in-effect>${inEffect}</in-effect>
        <cooperation-conditions>${studies('insa-lyon.fr', 'uw.edu.pl', mobilitiesPerYear, iscedFCode)}${studies('uw.edu.pl', 'insa-lyon.fr', 1, iscedFCode)}
        </cooperation-conditions>
        <iia-hash>e950faa83a799cf45839e7915db88ed51575babe7845c1219dfde54ce30a61e4</iia-hash>
    </iia>
</iias-get-response>
`;
