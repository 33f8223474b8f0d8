import { CENTRAL, orgId, STORIES } from '../demo';
import { LAST_THREE_LEVEL_DAY, unitPath } from '../../lib';
import type { CoordinationProgramEntity, ProgramParticipantEntity, ProgramReviewEntity } from '../../subgraphs/party/entities';

export type ProgramRow = Omit<CoordinationProgramEntity, 'version'>;

/**
 * The two coordination programs of the demo: the central program of the Central
 * Mass Mobilization Commission, the Ministry of Public Security and the General
 * Department of Politics (reviewed every year; the 2024 review from the sources), and
 * Bình Thuận's program for the North-South Expressway site clearance.
 */
export function programRows(): ProgramRow[] {
  return [
    {
      id: STORIES.programs.centralArmedForces,
      title:
        'Chương trình phối hợp công tác dân vận giữa Ban Dân vận Trung ương, Bộ Công an và Tổng cục Chính trị Quân đội nhân dân Việt Nam',
      description:
        'Phối hợp nắm tình hình nhân dân, tham mưu giải quyết các vụ việc phức tạp từ cơ sở, vận động nhân dân tham gia bảo đảm quốc phòng, an ninh, phòng chống thiên tai, dịch bệnh và đẩy mạnh phong trào thi đua "Dân vận khéo" trong lực lượng vũ trang.',
      leadCommissionId: CENTRAL.commission,
      basedOnId: STORIES.documents.regulation23,
      startsOn: '2021-10-01',
      endsOn: null,
      unitCode: 'VN',
      unitPath: unitPath('VN', LAST_THREE_LEVEL_DAY),
    },
    {
      id: STORIES.programs.binhThuanExpressway,
      title:
        'Chương trình phối hợp công tác dân vận trong bồi thường, giải phóng mặt bằng Dự án đường bộ cao tốc Bắc - Nam phía Đông đoạn qua tỉnh Bình Thuận',
      description:
        'Phối hợp tuyên truyền, vận động các hộ dân bị ảnh hưởng bàn giao mặt bằng, đối thoại giải quyết kiến nghị về bồi thường, hỗ trợ và tái định cư tại các huyện Hàm Thuận Nam và Bắc Bình.',
      leadCommissionId: orgId.commission('60'),
      basedOnId: STORIES.documents.binhThuanExpresswayConclusion,
      startsOn: '2022-01-15',
      endsOn: '2025-12-31',
      unitCode: '60',
      unitPath: unitPath('60', LAST_THREE_LEVEL_DAY),
    },
  ];
}

export function participantRows(): ProgramParticipantEntity[] {
  const central = STORIES.programs.centralArmedForces;
  const expressway = STORIES.programs.binhThuanExpressway;
  const participant = (
    programId: string,
    position: number,
    organizationType: ProgramParticipantEntity['organizationType'],
    organizationId: string,
    joinedOn: string,
    responsibility: string,
  ): ProgramParticipantEntity => ({ programId, position, organizationType, organizationId, joinedOn, responsibility });
  return [
    participant(
      central,
      0,
      'MassMobilizationCommission',
      CENTRAL.commission,
      '2021-10-01',
      'Chủ trì, hướng dẫn, theo dõi, tổng hợp kết quả thực hiện chương trình',
    ),
    participant(
      central,
      1,
      'ArmedUnit',
      CENTRAL.ministryOfPublicSecurity,
      '2021-10-01',
      'Chỉ đạo công tác dân vận của lực lượng Công an nhân dân',
    ),
    participant(
      central,
      2,
      'ArmedUnit',
      CENTRAL.generalDepartmentOfPolitics,
      '2021-10-01',
      'Chỉ đạo công tác dân vận của Quân đội nhân dân',
    ),
    participant(
      expressway,
      0,
      'MassMobilizationCommission',
      orgId.commission('60'),
      '2022-01-15',
      'Chủ trì, theo dõi, đôn đốc và tổng hợp',
    ),
    participant(expressway, 1, 'StateAgency', orgId.peoplesCommittee('60'), '2022-01-15', 'Chỉ đạo bồi thường, hỗ trợ, tái định cư'),
    participant(
      expressway,
      2,
      'FrontOrganization',
      orgId.front('VFF', '60'),
      '2022-01-15',
      'Giám sát việc bồi thường, tiếp nhận kiến nghị của nhân dân',
    ),
    participant(
      expressway,
      3,
      'ArmedUnit',
      orgId.militaryCommand('60'),
      '2022-01-15',
      'Huy động lực lượng hỗ trợ di dời, xây dựng nhà ở tái định cư',
    ),
    participant(
      expressway,
      4,
      'ArmedUnit',
      orgId.police('60'),
      '2022-01-15',
      'Bảo đảm an ninh trật tự tại các khu vực giải phóng mặt bằng',
    ),
    participant(
      expressway,
      5,
      'StateAgency',
      orgId.peoplesCommittee('598'),
      '2022-03-01',
      'Tổ chức bồi thường, giải phóng mặt bằng trên địa bàn huyện Hàm Thuận Nam',
    ),
    participant(
      expressway,
      6,
      'StateAgency',
      orgId.peoplesCommittee('596'),
      '2022-03-01',
      'Tổ chức bồi thường, giải phóng mặt bằng trên địa bàn huyện Bắc Bình',
    ),
  ];
}

/** The 2024 central review summarizes the conference of 30 December 2024 (Nhân Dân). */
export function reviewRows(): ProgramReviewEntity[] {
  const central = STORIES.programs.centralArmedForces;
  const expressway = STORIES.programs.binhThuanExpressway;
  return [
    {
      programId: central,
      year: 2022,
      heldOn: '2022-12-27',
      summary:
        'Sơ kết năm 2022: các bên duy trì giao ban định kỳ, phối hợp nắm tình hình nhân dân, tôn giáo, dân tộc; lực lượng vũ trang tham gia phòng, chống dịch COVID-19, khắc phục hậu quả thiên tai và xây dựng nông thôn mới.',
    },
    {
      programId: central,
      year: 2023,
      heldOn: '2023-12-28',
      summary:
        'Tổng kết năm 2023: phối hợp chặt chẽ trong giải quyết các vụ việc phức tạp từ cơ sở, nhân rộng mô hình "Dân vận khéo" trong lực lượng vũ trang, bồi dưỡng nghiệp vụ cho cán bộ làm công tác dân vận.',
    },
    {
      programId: central,
      year: 2024,
      heldOn: '2024-12-30',
      summary:
        'Năm 2024, việc phối hợp giữa Ban Dân vận Trung ương, Bộ Công an và Tổng cục Chính trị Quân đội nhân dân Việt Nam được triển khai đồng bộ, toàn diện, bám sát Quy chế công tác dân vận của hệ thống chính trị (Quyết định số 23-QĐ/TW); góp phần nâng cao chất lượng công tác dân vận của lực lượng vũ trang, giải quyết hiệu quả các vụ việc ngay từ cơ sở, nhất là ở địa bàn trọng điểm về quốc phòng, an ninh, chủ động phòng chống thiên tai, dịch bệnh và đẩy mạnh phong trào thi đua "Dân vận khéo". Năm 2025 các bên tiếp tục phối hợp nắm tình hình nhân dân, dân tộc, tôn giáo, phát huy vai trò người có uy tín, thực hiện Luật Thực hiện dân chủ ở cơ sở và bồi dưỡng cán bộ làm công tác dân vận.',
    },
    {
      programId: expressway,
      year: 2023,
      heldOn: '2023-12-20',
      summary:
        'Sơ kết năm 2023: phần lớn hộ dân tại Hàm Thuận Nam và Bắc Bình đã bàn giao mặt bằng; các cơ quan tổ chức đối thoại, giải quyết kiến nghị về đơn giá bồi thường và bố trí tái định cư.',
    },
    {
      programId: expressway,
      year: 2024,
      heldOn: '2024-12-18',
      summary:
        'Sơ kết năm 2024: tiếp tục vận động các hộ còn lại tại Hàm Thuận Nam, hoàn thiện hạ tầng khu tái định cư; lực lượng vũ trang hỗ trợ di dời và xây dựng nhà ở cho hộ khó khăn.',
    },
  ];
}
