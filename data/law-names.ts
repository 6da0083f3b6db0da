import { escapeRegExp } from './regexp.js';

/**
 * The names of Vietnam's laws, codes and ordinances (Luật, Bộ luật, Pháp lệnh), as running text cites
 * them: a closed, public list, like the list of provinces. A law's name may hold words that elsewhere
 * end one ("và", "của", "theo", a comma between a pair of verbs: "Luật Hôn nhân và gia đình", "Luật
 * Phòng, chống tác hại của rượu, bia", "Luật Người lao động Việt Nam đi làm việc ở nước ngoài theo hợp
 * đồng"), so where no date or number follows the name to close it, the longest known name the text
 * goes on with is the law's (extractors/citations.ts); a name not listed is read by the rules.
 *
 * Sources: the title lines of the Luật, Bộ luật and Pháp lệnh documents in ../shared/corpus (vbpl.vn),
 * and the laws in force or lately replaced, as the Quốc hội's and its Standing Committee's titles name
 * them. Written as cited: the type word, then the name with its first letter and proper names capitalised.
 */

/** Names of the corpus's own Luật documents (their title lines). */
const FROM_CORPUS_TITLES = [
  'Luật An ninh mạng',
  'Luật Báo chí',
  'Luật Bảo hiểm tiền gửi',
  'Luật Bảo vệ bí mật nhà nước',
  'Luật Chuyển giao người đang chấp hành án phạt tù',
  'Luật Dẫn độ',
  'Luật Hoạt động giám sát của Quốc hội và Hội đồng nhân dân',
  'Luật Hàng không dân dụng Việt Nam',
  'Luật Phòng, chống ma túy',
  'Luật Quản lý thuế',
  'Luật Công nghiệp quốc phòng, an ninh và động viên công nghiệp',
  'Luật Giá',
  'Luật Giáo dục',
  'Luật Lý lịch tư pháp',
  'Luật Quy hoạch đô thị và nông thôn',
  'Luật Sở hữu trí tuệ',
  'Luật Điều ước quốc tế',
  'Luật Địa chất và khoáng sản',
  'Luật Thi hành tạm giữ, tạm giam và cấm đi khỏi nơi cư trú',
  'Luật Thi hành án dân sự',
  'Luật Thi hành án hình sự',
  'Luật Thuế thu nhập cá nhân',
  'Luật Tương trợ tư pháp về dân sự',
  'Luật Tương trợ tư pháp về hình sự',
  'Luật Viên chức',
  'Luật Xây dựng',
  'Luật Kinh doanh bảo hiểm',
];

/** Laws, codes and ordinances in force or lately replaced. */
const KNOWN = [
  // State organisation
  'Luật Tổ chức Quốc hội', 'Luật Tổ chức Chính phủ', 'Luật Tổ chức chính quyền địa phương', 'Luật Tổ chức Tòa án nhân dân',
  'Luật Tổ chức Viện kiểm sát nhân dân', 'Luật Tổ chức cơ quan điều tra hình sự', 'Luật Ban hành văn bản quy phạm pháp luật',
  'Luật Cán bộ, công chức', 'Luật Bầu cử đại biểu Quốc hội và đại biểu Hội đồng nhân dân', 'Luật Mặt trận Tổ quốc Việt Nam',
  'Luật Công đoàn', 'Luật Thanh niên', 'Luật Thực hiện dân chủ ở cơ sở', 'Luật Trưng cầu ý dân', 'Luật Thi đua, khen thưởng',
  'Luật Lưu trữ', 'Luật Thống kê', 'Luật Thủ đô', 'Luật Đặc xá', 'Luật Kiểm toán nhà nước', 'Luật Thỏa thuận quốc tế',
  'Luật Cơ quan đại diện nước Cộng hòa xã hội chủ nghĩa Việt Nam ở nước ngoài', 'Luật Tiếp cận thông tin',
  // Inspection, complaints, justice
  'Luật Thanh tra', 'Luật Tiếp công dân', 'Luật Khiếu nại', 'Luật Tố cáo', 'Luật Phòng, chống tham nhũng',
  'Luật Xử lý vi phạm hành chính', 'Luật Trách nhiệm bồi thường của Nhà nước', 'Luật Trợ giúp pháp lý',
  'Luật Phổ biến, giáo dục pháp luật', 'Luật Hòa giải ở cơ sở', 'Luật Hòa giải, đối thoại tại Tòa án', 'Luật Luật sư',
  'Luật Công chứng', 'Luật Giám định tư pháp', 'Luật Tố tụng hành chính', 'Luật Phá sản', 'Luật Tương trợ tư pháp',
  'Luật Thi hành tạm giữ, tạm giam', 'Luật Hộ tịch', 'Luật Nuôi con nuôi', 'Luật Quốc tịch Việt Nam',
  'Bộ luật Dân sự', 'Bộ luật Hình sự', 'Bộ luật Tố tụng dân sự', 'Bộ luật Tố tụng hình sự', 'Bộ luật Lao động', 'Bộ luật Hàng hải Việt Nam',
  // Defence, security, public order
  'Luật Quốc phòng', 'Luật An ninh quốc gia', 'Luật Nghĩa vụ quân sự', 'Luật Dân quân tự vệ', 'Luật Lực lượng dự bị động viên',
  'Luật Sĩ quan Quân đội nhân dân Việt Nam', 'Luật Quân nhân chuyên nghiệp, công nhân và viên chức quốc phòng',
  'Luật Giáo dục quốc phòng và an ninh', 'Luật Phòng thủ dân sự', 'Luật Công an nhân dân', 'Luật Cảnh vệ', 'Luật Cảnh sát cơ động',
  'Luật Lực lượng tham gia bảo vệ an ninh, trật tự ở cơ sở', 'Luật Quản lý, sử dụng vũ khí, vật liệu nổ và công cụ hỗ trợ',
  'Luật Cư trú', 'Luật Căn cước', 'Luật Căn cước công dân', 'Luật Xuất cảnh, nhập cảnh của công dân Việt Nam',
  'Luật Nhập cảnh, xuất cảnh, quá cảnh, cư trú của người nước ngoài tại Việt Nam', 'Luật Biên giới quốc gia', 'Luật Biên phòng Việt Nam',
  'Luật Biển Việt Nam', 'Luật Phòng, chống khủng bố', 'Luật Phòng, chống rửa tiền', 'Luật Phòng, chống mua bán người',
  'Luật Phòng cháy và chữa cháy', 'Luật Phòng cháy, chữa cháy và cứu nạn, cứu hộ', 'Luật An toàn thông tin mạng',
  'Luật Bảo vệ dữ liệu cá nhân', 'Luật Trật tự, an toàn giao thông đường bộ',
  // Economy, finance
  'Luật Đầu tư', 'Luật Đầu tư công', 'Luật Đầu tư theo phương thức đối tác công tư', 'Luật Đấu thầu', 'Luật Doanh nghiệp',
  'Luật Hỗ trợ doanh nghiệp nhỏ và vừa', 'Luật Hợp tác xã', 'Luật Ngân sách nhà nước', 'Luật Thuế giá trị gia tăng',
  'Luật Thuế thu nhập doanh nghiệp', 'Luật Thuế tiêu thụ đặc biệt', 'Luật Thuế xuất khẩu, thuế nhập khẩu', 'Luật Thuế tài nguyên',
  'Luật Thuế bảo vệ môi trường', 'Luật Thuế sử dụng đất nông nghiệp', 'Luật Thuế sử dụng đất phi nông nghiệp', 'Luật Phí và lệ phí',
  'Luật Kế toán', 'Luật Kiểm toán độc lập', 'Luật Quản lý, sử dụng tài sản công', 'Luật Quản lý nợ công', 'Luật Dự trữ quốc gia',
  'Luật Quản lý, sử dụng vốn nhà nước đầu tư vào sản xuất, kinh doanh tại doanh nghiệp', 'Luật Các tổ chức tín dụng',
  'Luật Ngân hàng Nhà nước Việt Nam', 'Luật Chứng khoán', 'Luật Thương mại', 'Luật Quản lý ngoại thương', 'Luật Hải quan',
  'Luật Cạnh tranh', 'Luật Bảo vệ quyền lợi người tiêu dùng', 'Luật Chất lượng sản phẩm, hàng hóa', 'Luật Tiêu chuẩn và quy chuẩn kỹ thuật',
  'Luật Đo lường', 'Luật Giao dịch điện tử', 'Luật Kinh doanh bất động sản', 'Luật Nhà ở', 'Luật Đất đai', 'Luật Quy hoạch',
  'Luật Quy hoạch đô thị', 'Luật Kiến trúc', 'Luật Du lịch', 'Luật Quảng cáo',
  // Labour, society, health
  'Luật Việc làm', 'Luật An toàn, vệ sinh lao động', 'Luật Bảo hiểm xã hội', 'Luật Bảo hiểm y tế',
  'Luật Người lao động Việt Nam đi làm việc ở nước ngoài theo hợp đồng', 'Luật Hôn nhân và gia đình', 'Luật Bình đẳng giới',
  'Luật Trẻ em', 'Luật Người cao tuổi', 'Luật Người khuyết tật', 'Luật Phòng, chống bạo lực gia đình', 'Luật Khám bệnh, chữa bệnh',
  'Luật Dược', 'Luật Phòng, chống bệnh truyền nhiễm', 'Luật Phòng, chống tác hại của thuốc lá', 'Luật Phòng, chống tác hại của rượu, bia',
  'Luật An toàn thực phẩm', 'Luật Dân số', 'Luật Giáo dục đại học', 'Luật Giáo dục nghề nghiệp', 'Luật Nhà giáo', 'Luật Tín ngưỡng, tôn giáo',
  'Luật Di sản văn hóa', 'Luật Điện ảnh', 'Luật Thể dục, thể thao', 'Luật Thư viện', 'Luật Xuất bản', 'Luật Báo chí',
  // Land, environment, agriculture, infrastructure
  'Luật Bảo vệ môi trường', 'Luật Tài nguyên nước', 'Luật Tài nguyên, môi trường biển và hải đảo', 'Luật Khoáng sản', 'Luật Lâm nghiệp',
  'Luật Thủy sản', 'Luật Trồng trọt', 'Luật Chăn nuôi', 'Luật Thú y', 'Luật Bảo vệ và kiểm dịch thực vật', 'Luật Thủy lợi', 'Luật Đê điều',
  'Luật Khí tượng thủy văn', 'Luật Đa dạng sinh học', 'Luật Đo đạc và bản đồ', 'Luật Phòng, chống thiên tai', 'Luật Giao thông đường bộ',
  'Luật Đường bộ', 'Luật Giao thông đường thủy nội địa', 'Luật Đường sắt', 'Luật Điện lực', 'Luật Dầu khí', 'Luật Năng lượng nguyên tử',
  'Luật Sử dụng năng lượng tiết kiệm và hiệu quả', 'Luật Hóa chất', 'Luật Tần số vô tuyến điện', 'Luật Bưu chính', 'Luật Viễn thông',
  // Science, technology
  'Luật Khoa học và công nghệ', 'Luật Khoa học, công nghệ và đổi mới sáng tạo', 'Luật Chuyển giao công nghệ', 'Luật Công nghệ thông tin',
  'Luật Công nghiệp công nghệ số', 'Luật Công nghệ cao', 'Luật Dữ liệu',
  // Ordinances
  'Pháp lệnh Ưu đãi người có công với cách mạng', 'Pháp lệnh Chi phí tố tụng', 'Pháp lệnh Quản lý thị trường', 'Pháp lệnh Ngoại hối',
  'Pháp lệnh Tình trạng khẩn cấp', 'Pháp lệnh Thủ tục bắt giữ tàu biển', 'Pháp lệnh Phòng, chống lụt, bão', 'Pháp lệnh Công an xã',
  'Pháp lệnh Thực hiện dân chủ ở xã, phường, thị trấn', 'Pháp lệnh Tín ngưỡng, tôn giáo',
];

/** Every known name, longest first: the first that the text goes on with is the longest. */
export const KNOWN_LAW_NAMES: string[] = [...new Set([...FROM_CORPUS_TITLES, ...KNOWN])].sort((a, b) => b.length - a.length);

/**
 * The known names as patterns, each under its type word in small letters ("luật", "bộ luật", "pháp
 * lệnh"): the name's words in any case (a name typed small after its type word, "theo Luật hôn nhân
 * và gia đình"), a comma of a pair with or without its space, and no letter after the last word.
 */
export const KNOWN_LAW_NAME_PATTERNS: Array<{ type: string; name: RegExp }> = KNOWN_LAW_NAMES.map((full) => {
  const type = /^(?:Bộ luật|Pháp lệnh|Luật)/u.exec(full)![0];
  const words = full.slice(type.length).trim().split(/\s+/u);
  const joined = words.map((w) => (w.endsWith(',') ? `${escapeRegExp(w.slice(0, -1))}\\s*,` : escapeRegExp(w))).join('\\s+');
  return { type: type.toLocaleLowerCase('vi'), name: new RegExp(`^${joined}(?![\\p{L}\\p{N}])`, 'iu') };
});
