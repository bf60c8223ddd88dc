import { ReactNode } from 'react';
import { BrowserRouter, Navigate, Route, Routes } from 'react-router-dom';
import { MessagesPage } from './admin/messages-page';
import { AgreementPage } from './agreements/agreement-page';
import { AgreementsPage } from './agreements/agreements-page';
import { SignInPage } from './auth/sign-in-page';
import { useIdentity } from './auth/use-identity';
import { Layout } from './components/layout';
import { DashboardPage } from './dashboard/dashboard-page';
import { EditDraftPage } from './drafting/edit-draft-page';
import { NewAgreementPage } from './drafting/new-agreement-page';
import { I18nProvider } from './i18n/i18n';
import { MobilityPage } from './mobility/mobility-page';
import { ErasurePage } from './admin/erasure-page';
import { InstitutionsPage } from './admin/institutions-page';
import { PartnersPage } from './school/partners-page';
import { RegulationsPage } from './school/regulations-page';
import { StudentDirectoryPage } from './school/student-directory-page';
import { StudentRecordPage } from './school/student-record-page';
import { SurveyPage } from './survey/survey-page';
import { SurveyQuestionsPage } from './school/survey-questions-page';

function SignedIn({ children }: { children: ReactNode }) {
  return useIdentity() ? <>{children}</> : <Navigate to="/sign-in" replace />;
}

export function App() {
  return (
    <I18nProvider>
      <BrowserRouter>
        <Layout>
          <Routes>
            <Route path="/sign-in" element={<SignInPage />} />
            <Route path="/agreements" element={<SignedIn><AgreementsPage /></SignedIn>} />
            <Route path="/agreements/new" element={<SignedIn><NewAgreementPage /></SignedIn>} />
            <Route path="/agreements/:id/edit" element={<SignedIn><EditDraftPage /></SignedIn>} />
            <Route path="/agreements/:id" element={<SignedIn><AgreementPage section="content" /></SignedIn>} />
            <Route path="/agreements/:id/recognition" element={<SignedIn><AgreementPage section="recognition" /></SignedIn>} />
            <Route path="/agreements/:id/audit" element={<SignedIn><AgreementPage section="audit" /></SignedIn>} />
            <Route path="/students" element={<SignedIn><MobilityPage /></SignedIn>} />
            <Route path="/students/:studentId" element={<SignedIn><MobilityPage /></SignedIn>} />
            <Route path="/dashboard" element={<SignedIn><DashboardPage /></SignedIn>} />
            <Route path="/school/students" element={<SignedIn><StudentDirectoryPage /></SignedIn>} />
            <Route path="/school/students/:studentId" element={<SignedIn><StudentRecordPage /></SignedIn>} />
            <Route path="/school/regulations" element={<SignedIn><RegulationsPage /></SignedIn>} />
            <Route path="/school/survey" element={<SignedIn><SurveyQuestionsPage /></SignedIn>} />
            <Route path="/school/partners" element={<SignedIn><PartnersPage /></SignedIn>} />
            <Route path="/admin/institutions" element={<SignedIn><InstitutionsPage /></SignedIn>} />
            <Route path="/admin/erasure" element={<SignedIn><ErasurePage /></SignedIn>} />
            <Route path="/admin/messages" element={<SignedIn><MessagesPage /></SignedIn>} />
            <Route path="/survey/:mobilityId" element={<SignedIn><SurveyPage /></SignedIn>} />
            <Route path="*" element={<Navigate to="/agreements" replace />} />
          </Routes>
        </Layout>
      </BrowserRouter>
    </I18nProvider>
  );
}
