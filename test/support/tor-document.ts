/** An EWP imobility-tors-get-response (EMREX ELMO inside) for a mobility of the fixture agreement, issued by uw.edu.pl. */
export type TorCourse = { code: string; ects: string; grade: string; status?: 'passed' | 'failed' };

const course = ({ code, ects, grade, status = 'passed' }: TorCourse) => `
                <learningOpportunitySpecification>
                    <identifier type="local">${code}</identifier>
                    <title xml:lang="en">Course ${code}</title>
                    <type>Course</type>
                    <iscedCode>0541</iscedCode>
                    <specifies>
                        <learningOpportunityInstance>
                            <start>2026-02-20</start>
                            <date>2026-06-20</date>
                            <status>${status}</status>
                            <resultLabel>${grade}</resultLabel>
                            <credit>
                                <scheme>ects</scheme>
                                <value>${ects}</value>
                            </credit>
                        </learningOpportunityInstance>
                    </specifies>
                </learningOpportunitySpecification>`;

export const torDocument = (omobilityId: string, courses: TorCourse[]) => `<?xml version="1.0" encoding="UTF-8"?>
<imobility-tors-get-response xmlns="https://github.com/erasmus-without-paper/ewp-specs-api-imobility-tors/blob/stable-v2/endpoints/get-response.xsd">
    <tor>
        <omobility-id>${omobilityId}</omobility-id>
        <elmo xmlns="https://github.com/emrex-eu/elmo-schemas/tree/v1">
            <generatedDate>2026-07-01T12:00:00+02:00</generatedDate>
            <learner>
                <citizenship>FR</citizenship>
                <givenNames>Ivan Petrovich</givenNames>
                <familyName>Sidorov</familyName>
                <bday>2003-05-05</bday>
            </learner>
            <report>
                <issuer>
                    <country>PL</country>
                    <identifier type="schac">uw.edu.pl</identifier>
                    <title xml:lang="en">University of Warsaw</title>
                    <url>http://www.uw.edu.pl</url>
                </issuer>${courses.map(course).join('')}
                <issueDate>2026-07-01T12:00:00+02:00</issueDate>
            </report>
        </elmo>
        <gradeConversionTable>
            <iscedTable iscedCode="0541">
                <gradeFrequency label="5" percentage="20"/>
                <gradeFrequency label="4.5" percentage="30"/>
                <gradeFrequency label="4" percentage="50"/>
            </iscedTable>
        </gradeConversionTable>
    </tor>
</imobility-tors-get-response>
`;
