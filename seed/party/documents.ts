import { demoId, orgId, STORIES } from '../demo';
import { LAST_THREE_LEVEL_DAY, unitPath } from '../../lib';
import type { PartyDocumentCaseEntity, PartyDocumentEntity } from '../../subgraphs/party/entities';

export type DocumentRow = Omit<PartyDocumentEntity, 'version' | 'caseLinks'>;

/** The RESTRICTED document of the demo: its id is the party subgraph's own. */
export const RESTRICTED_CHU_PRONG_DOCUMENT = demoId('document/gia-lai-chu-prong-restricted');
export const RESOLUTION_25 = demoId('document/25-NQ-TW');
export const HAI_DUONG_PLAN = demoId('document/hai-duong-plan-23');

const document = (
  id: string,
  issuerUnit: string,
  fields: Pick<DocumentRow, 'number' | 'kind' | 'title' | 'issuedOn'> & Partial<Pick<DocumentRow, 'classification'>>,
): DocumentRow => ({
  id,
  issuerId: orgId.partyCommittee(issuerUnit),
  unitCode: issuerUnit,
  unitPath: unitPath(issuerUnit, LAST_THREE_LEVEL_DAY),
  classification: 'PUBLIC',
  ...fields,
});

/**
 * The documents named in the sources (Decisions 23, 217, 218-QĐ/TW; Bình Thuận's
 * Directive 14 on "Dân vận khéo") and the local documents directing the demo cases.
 * Numbers and dates of the local documents are illustrative.
 */
export function documentRows(): DocumentRow[] {
  const { documents } = STORIES;
  return [
    document(documents.regulation23, 'VN', {
      number: '23-QĐ/TW',
      kind: 'DECISION',
      title: 'Quyết định ban hành Quy chế công tác dân vận của hệ thống chính trị',
      issuedOn: '2021-07-30',
    }),
    document(documents.regulation217, 'VN', {
      number: '217-QĐ/TW',
      kind: 'DECISION',
      title: 'Quyết định ban hành Quy chế giám sát và phản biện xã hội của Mặt trận Tổ quốc Việt Nam và các đoàn thể chính trị - xã hội',
      issuedOn: '2013-12-12',
    }),
    document(documents.regulation218, 'VN', {
      number: '218-QĐ/TW',
      kind: 'DECISION',
      title:
        'Quyết định ban hành Quy định về việc Mặt trận Tổ quốc Việt Nam, các đoàn thể chính trị - xã hội và nhân dân tham gia góp ý xây dựng Đảng, xây dựng chính quyền',
      issuedOn: '2013-12-12',
    }),
    document(RESOLUTION_25, 'VN', {
      number: '25-NQ/TW',
      kind: 'RESOLUTION',
      title:
        'Nghị quyết Hội nghị lần thứ bảy Ban Chấp hành Trung ương Đảng khóa XI về tăng cường và đổi mới sự lãnh đạo của Đảng đối với công tác dân vận trong tình hình mới',
      issuedOn: '2013-06-03',
    }),
    document(documents.binhThuanDirective14, '60', {
      number: '14-CT/TU',
      kind: 'DIRECTIVE',
      title: 'Chỉ thị của Ban Thường vụ Tỉnh ủy về tăng cường sự lãnh đạo đối với phong trào thi đua "Dân vận khéo"',
      issuedOn: '2013-08-15',
    }),
    document(documents.binhThuanExpresswayConclusion, '60', {
      number: '512-KL/TU',
      kind: 'CONCLUSION',
      title:
        'Kết luận của Ban Thường vụ Tỉnh ủy về công tác dân vận trong bồi thường, hỗ trợ, tái định cư và giải phóng mặt bằng Dự án đường bộ cao tốc Bắc - Nam phía Đông đoạn qua tỉnh Bình Thuận',
      issuedOn: '2022-01-10',
    }),
    document(documents.bacBinhWaterDirective, '596', {
      number: '18-CT/HU',
      kind: 'DIRECTIVE',
      title: 'Chỉ thị của Ban Thường vụ Huyện ủy về tập trung giải quyết tình trạng thiếu nước sinh hoạt của nhân dân xã Phan Hòa',
      issuedOn: '2024-05-14',
    }),
    document(HAI_DUONG_PLAN, '30', {
      number: '105-KH/TU',
      kind: 'PLAN',
      title: 'Kế hoạch thực hiện Quyết định số 23-QĐ/TW của Bộ Chính trị ban hành Quy chế công tác dân vận của hệ thống chính trị',
      issuedOn: '2021-10-20',
    }),
    document(RESTRICTED_CHU_PRONG_DOCUMENT, '64', {
      number: '87-KL/TU',
      kind: 'CONCLUSION',
      title: 'Kết luận của Ban Thường vụ Tỉnh ủy về công tác vận động quần chúng tại huyện Chư Prông',
      issuedOn: '2024-03-22',
      classification: 'RESTRICTED',
    }),
  ];
}

/** Which cases (state subgraph ids) each document directs. */
export function documentCaseRows(): PartyDocumentCaseEntity[] {
  const { documents, cases } = STORIES;
  return [
    { documentId: documents.binhThuanExpresswayConclusion, caseId: cases.expresswayHamThuanNam },
    { documentId: documents.binhThuanExpresswayConclusion, caseId: cases.expresswayBacBinh },
    { documentId: documents.bacBinhWaterDirective, caseId: cases.waterPhanHoa },
    { documentId: RESTRICTED_CHU_PRONG_DOCUMENT, caseId: cases.restrictedChuProng },
  ];
}
