// zh-CN first, English second. Content from the bureau (items, policies, replies) stays in Chinese.
const KEY = 'sunshine.lang';

const zh = {
  'site.name': '阳光政务', 'site.bureau': '湘中市税务局', skip: '跳到正文', 'nav.label': '主导航',
  'nav.home': '首页', 'nav.powers': '权力清单', 'nav.search': '政策法规', 'nav.complaint': '我要投诉', 'nav.track': '投诉查询', 'nav.calculator': '期限计算',
  'footer.phone': '监督电话', 'footer.staff': '工作人员登录', 'footer.api': '开放接口文档', 'footer.note': '本站所有时间均为北京时间。',
  'lang.switch': 'English', 'lang.switchLabel': 'Switch to English',
  loading: '正在加载……', 'notFound.title': '页面不存在', 'notFound.home': '返回首页', 'error.title': '出错了',
  'error.network': '网络连接失败，请检查网络后重试。', 'error.unavailable': '服务暂时不可用，请稍后再试。', 'error.status': '请求失败（{0}）',
  'risk.HIGH': '高风险', 'risk.MEDIUM': '中风险', 'risk.LOW': '低风险', 'validity.VALID': '现行有效', 'validity.REPEALED': '已废止',
  'pager.label': '分页', 'pager.prev': '上一页', 'pager.next': '下一页', 'pager.status': '第 {0} / {1} 页', 'form.optional': '（选填）', breadcrumb: '当前位置',
  'limit.working': '{0} 个工作日', 'limit.calendar': '{0} 个自然日',

  'home.title': '欢迎访问阳光政务', 'home.lead': '湘中市税务局依法公开行政权力清单和政策法规，接受社会监督；对我们的工作有意见，可以网上投诉并查询办理进度。',
  'home.search.label': '搜索政策法规与权力事项', 'home.search.placeholder': '例如：小型微利企业、国家税务总局公告2023年第12号',
  'home.disclosed': '我们公开什么', 'home.powers.text': '每项行政权力的法律依据、办理流程、时限、收费、责任岗位、廉政风险和监督电话。',
  'home.policies.text': '税收法律法规、优惠政策、办税指南和问题解答，可按关键词或文号查找。',
  'home.complaint.text': '对工作作风、服务质量、权益保护等提出投诉、举报或建议，可实名也可匿名。',
  'home.track.text': '凭查询编号和查询码查看办理进度、答复内容和答复期限。',
  'home.calculator.text': '按法定工作日（扣除周末和法定节假日、计入调休上班日）计算到期日。',
  'home.count.items': '共 {0} 项', 'home.count.docs': '共 {0} 件',
  'home.stats.title': '公开数据统计', 'home.stats.powers': '各类别权力事项数量', 'home.stats.policies': '各类别政策文件数量',
  'home.stats.none': '统计数据暂时无法获取。',

  'powers.title': '权力清单', 'powers.lead': '按类别、承办部门或廉政风险等级查看本局的每一项行政权力。',
  'powers.byCategory': '按类别浏览', 'powers.allCategories': '全部类别', 'powers.keyword': '事项名称关键词', 'powers.department': '承办部门',
  'powers.risk': '廉政风险等级', 'powers.all': '全部', 'powers.apply': '筛选', 'powers.reset': '清除条件',
  'powers.summary': '{1}：共 {0} 项', 'powers.none': '没有符合条件的权力事项。', 'powers.committed': '承诺时限 ', 'powers.stepLimit': '{0} 个工作日内',
  'powers.repealed': '已取消', 'powers.asOf': '第 {0} 版 · 公布于 {1}（以本页内容为准）',
  'powers.f.code': '事项编码', 'powers.f.category': '权力类别', 'powers.f.department': '承办部门', 'powers.f.post': '责任岗位',
  'powers.f.statutory': '法定时限', 'powers.f.committed': '承诺时限', 'powers.f.fees': '收费标准', 'powers.f.phone': '监督电话',
  'powers.f.riskPoint': '风险点', 'powers.f.controls': '防控措施', 'powers.f.watchedBy': '监督责任人',
  'powers.steps': '办理流程', 'powers.conditions': '办理条件', 'powers.materials': '申请材料', 'powers.legalBasis': '法律依据',
  'powers.riskTitle': '廉政风险与防控', 'powers.complain': '对本事项的办理有意见？我要投诉',

  'search.title': '政策法规检索', 'search.label': '关键词', 'search.placeholder': '例如：小型微利企业', 'search.submit': '搜索',
  'search.docNumber.label': '按文号查找', 'search.docNumber.placeholder': '例如：国家税务总局公告2023年第12号', 'search.docNumber.submit': '查找',
  'search.docNumber.empty': '请输入文号。', 'search.docNumber.notFound': '没有找到文号为“{0}”的政策文件，请核对文号。',
  'search.facets': '筛选', 'search.summary': '“{0}”共找到 {1} 条结果（用时 {2} 毫秒）', 'search.browse': '共 {0} 条，按发布日期排列',
  'search.none': '没有找到结果。可以换一个关键词，或减少筛选条件。', 'search.clear': '× 不限',
  'search.facet.type': '类型', 'search.facet.category': '类别', 'search.facet.issuer': '发布机关', 'search.facet.year': '年份', 'search.facet.validity': '效力',
  'search.type.policy': '政策文件', 'search.type.power': '权力事项',
  'policy.asOf': '第 {0} 版 · 公布于 {1}', 'policy.f.docNumber': '文号', 'policy.f.issuer': '发布机关', 'policy.f.category': '类别',
  'policy.f.issuedOn': '成文日期', 'policy.f.effectiveOn': '施行日期', 'policy.f.repealedOn': '废止日期', 'policy.f.validity': '效力状态', 'policy.body': '正文',

  'complaint.title': '网上投诉', 'complaint.lead': '我们承诺在规定的工作日内答复（工作作风、违纪举报、意见建议 5 个工作日，服务质量、权益保护 10 个工作日）。',
  'complaint.required': '除标注“选填”的项目外均须填写。', 'complaint.choose': '请选择', 'complaint.noDepartment': '不确定 / 不指定',
  'complaint.type.CONDUCT': '工作作风', 'complaint.type.SERVICE': '服务质量', 'complaint.type.RIGHTS': '权益保护', 'complaint.type.INTEGRITY_REPORT': '违纪举报', 'complaint.type.SUGGESTION': '意见建议',
  'complaint.f.type': '投诉类型', 'complaint.f.department': '被投诉部门', 'complaint.f.powerCode': '相关权力事项编码', 'complaint.f.subject': '标题',
  'complaint.f.content': '投诉内容', 'complaint.f.anonymous': '匿名投诉', 'complaint.f.name': '姓名', 'complaint.f.phone': '手机号码', 'complaint.f.idNumber': '身份证号码',
  'complaint.h.type': '类型决定答复时限。', 'complaint.h.powerCode': '可在权力清单的事项页面找到，例如 XZCF-0001。', 'complaint.h.subject': '一句话概括，不超过 100 个字。',
  'complaint.h.phone': '11 位中国大陆手机号码，用于接收办理进度短信。', 'complaint.h.idNumber': '18 位居民身份证号码。',
  'complaint.count': '已输入 {0} / {1} 字', 'complaint.anonymity': '实名还是匿名',
  'complaint.anonymousExplained': '选择匿名后，我们不收集您的姓名、电话和身份证号码，也无法主动联系您或发送短信；办理进度和答复只能凭提交后显示的查询编号和查询码查看。实名投诉便于我们核实情况、及时反馈。',
  'complaint.identity': '投诉人信息', 'complaint.privacy': '您的个人信息加密保存，仅用于办理本投诉，不向被投诉人公开。',
  'complaint.submit': '提交投诉', 'complaint.sending': '正在提交……', 'complaint.errors': '有 {0} 处需要修改：',
  'complaint.v.type': '请选择投诉类型', 'complaint.v.required': '不能为空', 'complaint.v.tooLong': '不能超过 {0} 个字',
  'complaint.v.powerCode': '格式应为 2 至 8 个大写字母、短横线和数字，例如 XZCF-0001', 'complaint.v.realName': '实名投诉须填写此项',
  'complaint.v.phone': '须为11位中国大陆手机号码', 'complaint.v.idNumber': '不是有效的居民身份证号码（位数或校验位错误）',
  'receipt.title': '投诉已提交', 'receipt.once': '请立即记下或打印查询编号和查询码。查询码只显示这一次，离开本页后无法再次查看，也无法找回。',
  'receipt.number': '查询编号', 'receipt.code': '查询码', 'receipt.copyNumber': '复制查询编号', 'receipt.copyCode': '复制查询码', 'receipt.copyBoth': '复制全部',
  'receipt.print': '打印', 'receipt.track': '查询办理进度', 'receipt.copied': '已复制到剪贴板。', 'receipt.copyFailed': '无法自动复制，请手动抄写。',
  'receipt.due': '答复期限：{0}',

  'track.title': '投诉查询', 'track.lead': '输入提交投诉时获得的查询编号和查询码。', 'track.f.number': '查询编号', 'track.f.code': '查询码',
  'track.h.number': '例如 T241108-K7M2QP，字母大小写均可。', 'track.h.code': '27 位字母和数字（不含 0、1、I、L、O、U），空格和大小写不影响查询。', 'track.submit': '查询',
  'track.v.number': '请输入查询编号', 'track.v.code': '请输入查询码', 'track.status': '当前状态：', 'track.type': '投诉类型',
  'track.received': '收到时间', 'track.due': '答复期限', 'track.limit': '答复时限', 'track.reply': '答复内容', 'track.noReply': '尚未答复。',
  'track.timeline': '办理过程', 'track.content': '投诉内容', 'track.why': '答复期限是怎样算出来的',
  'status.RECEIVED': '已接收', 'status.ACCEPTED': '已受理', 'status.REJECTED': '不予受理', 'status.ASSIGNED': '已转办', 'status.REPLIED': '已答复', 'status.CLOSED': '已办结', 'status.WITHDRAWN': '已撤回',
  'action.FILED': '提交投诉', 'action.ACCEPTED': '受理', 'action.REJECTED': '不予受理', 'action.ASSIGNED': '转办', 'action.REASSIGNED': '改派',
  'action.REPLIED': '答复', 'action.CLOSED': '办结', 'action.WITHDRAWN': '撤回', 'action.RATED': '评价',
  'due.ruleWorking': '时限为 {0} 个工作日：从收到之日的次日起算，周末和法定节假日不计，调休上班的周末计入，到期日当天 24 时截止。',
  'due.ruleCalendar': '时限为 {0} 个自然日：从收到之日的次日起算，到期日为节假日的顺延至节后第一个工作日。',
  'due.result': '到期时间：', 'due.counted': '计入的 {0} 个工作日', 'due.skipped': '不计入的 {0} 天',
  'due.estimated': '注意：{0} 年的节假日安排尚未公布，暂按只扣除周末估算，公布后可能变化。',

  'calc.title': '期限计算器', 'calc.lead': '与本局计算投诉答复期限的规则相同：输入起算时间和时限，查看到期日以及计入和跳过的每一天。',
  'calc.f.from': '收到时间（北京时间）', 'calc.h.from': '从这一天的次日开始计算。', 'calc.f.days': '时限天数', 'calc.f.unit': '计算方式',
  'calc.working': '工作日', 'calc.calendar': '自然日', 'calc.submit': '计算', 'calc.result': '计算结果',
  'calc.v.from': '请选择收到的日期和时间', 'calc.v.days': '须为 0 到 365 之间的整数',

  'signin.title': '工作人员登录', 'signin.lead': '供本局工作人员处理投诉、审核公开内容使用。', 'signin.f.username': '用户名', 'signin.f.password': '密码',
  'signin.submit': '登录', 'signin.v.username': '请输入用户名', 'signin.v.password': '请输入密码', 'signin.bad': '用户名或密码不正确。',
  'signin.done': '已登录：{0}。登录在本标签页内保持，关闭标签页或退出登录即结束。', 'signin.out': '退出登录', 'header.staff': '工作人员：{0}',
  'signin.provider.lead': '本局工作人员使用统一身份认证账号登录，登录后回到本页。', 'signin.provider.go': '通过统一身份认证登录', 'signin.provider.failed': '统一身份认证登录未完成，请重新登录。',
  // editorial console
  'ed.nav.label': '工作台', 'ed.nav.drafts': '我的草稿', 'ed.nav.first': '审核队列', 'ed.nav.secrecy': '保密审查队列', 'ed.nav.sms': '短信日志',
  'ed.expired': '登录已失效，请重新登录。', 'ed.stale': '内容已被他人修改，请刷新后重试。', 'ed.forbidden': '您的账号无权使用此页面。',
  'ed.signInFirst': '请先登录。', 'ed.toSignIn': '前往工作人员登录',
  'ed.title': '公开信息编辑', 'ed.lead': '起草权力事项和政策文件，提交后依次经审核和保密审查（须由不同的人办理），通过后公开。',
  'ed.newPower': '新建权力事项', 'ed.newPolicy': '新建政策文件', 'ed.mine': '我在办的版本', 'ed.none': '暂无在办的草稿。',
  'ed.col.title': '名称', 'ed.col.kind': '类型', 'ed.col.version': '版本', 'ed.col.state': '状态', 'ed.col.authors': '起草人', 'ed.col.changed': '最近变动',
  'ed.kind.power': '权力事项', 'ed.kind.policy': '政策文件', 'ed.versionN': '第 {0} 版',
  'ed.state.DRAFT': '草稿', 'ed.state.SUBMITTED': '待审核', 'ed.state.REVIEWED': '待保密审查', 'ed.state.APPROVED': '已通过，待发布',
  'ed.state.PUBLISHED': '已发布', 'ed.state.SUPERSEDED': '已被新版本替代', 'ed.state.REPEALED': '已废止',
  'ed.waiting.SUBMITTED': '已提交，等待审核。', 'ed.waiting.REVIEWED': '审核已通过，等待保密审查。', 'ed.waiting.APPROVED': '两级审查均已通过，将按设定时间发布。',
  'ed.notInWork': '该事项没有在办的版本（可能已发布）。', 'ed.publicPage': '查看公开页面',
  'ed.draftTitle': '编辑草稿', 'ed.saveDraft': '保存草稿', 'ed.submit': '保存并提交审核', 'ed.cancel': '取消', 'ed.saved': '草稿已保存。', 'ed.submitted': '已提交审核。',
  'ed.history': '办理记录', 'ed.reason': '理由',
  'ed.tr.CREATE': '新建草稿', 'ed.tr.EDIT': '修改草稿', 'ed.tr.SUBMIT': '提交审核', 'ed.tr.REVIEW_APPROVE': '审核通过', 'ed.tr.REVIEW_RETURN': '审核退回',
  'ed.tr.SECRECY_APPROVE': '保密审查通过', 'ed.tr.SECRECY_RETURN': '保密审查退回', 'ed.tr.PUBLISH': '发布', 'ed.tr.AMEND': '修订', 'ed.tr.REPEAL': '废止', 'ed.tr.IMPORT': '批量导入',
  'ed.g.basic': '基本信息', 'ed.g.limits': '时限、收费与办理要求', 'ed.basisN': '依据 {0}', 'ed.stepN': '环节 {0}', 'ed.addBasis': '＋ 增加一条法律依据', 'ed.addStep': '＋ 增加一个办理环节',
  'ed.f.title': '标题', 'ed.f.name': '事项名称', 'ed.f.subItem': '子项', 'ed.f.law': '法律法规名称', 'ed.f.article': '条款', 'ed.f.lawText': '条文内容',
  'ed.f.stepName': '环节名称', 'ed.f.stepDays': '环节时限（工作日）', 'ed.f.days': '（天数）', 'ed.f.unit': '（计算方式）', 'ed.f.feeBasis': '收费依据',
  'ed.h.code': '类别编码、短横线和数字，例如 XZJL-0101；保存后不能修改。', 'ed.h.docNumber': '例如 湘中税发〔2026〕1号；〔〕、[]、（）视为相同。',
  'ed.h.body': '每段一行。', 'ed.h.materials': '每行一项。',
  'ed.v.code': '格式应为 2 至 8 个大写字母、短横线和数字，例如 XZJL-0101', 'ed.v.codeCategory': '须以所选类别的编码 {0}- 开头',
  'ed.v.choose': '请选择', 'ed.v.phone': '请填写有效的电话号码，例如 0738-12366', 'ed.v.days': '须为 0 到 {0} 之间的整数',
  'ed.v.date': '请填写有效日期', 'ed.v.effectiveBefore': '施行日期不能早于成文日期',
  'rv.title.first': '审核队列', 'rv.title.secrecy': '保密审查队列',
  'rv.lead.first': '等待审核（第一级）的草稿；不会列出您起草的内容。', 'rv.lead.secrecy': '审核已通过、等待保密审查的版本；不会列出您起草或审核过的内容。保密审查通过即发布。',
  'rv.count': '共 {0} 件待办', 'rv.empty': '队列中暂无待办。', 'rv.itemTitle': '审查', 'rv.firstReviewer': '审核人',
  'rv.diff': '与现行公开版本的差异', 'rv.diffAgainst': '与第 {0} 版（现行公开版本）比较。', 'rv.diffFirst': '首次公开：以下均为新增内容。', 'rv.noChanges': '与公开版本相比没有改动。',
  'rv.before': '原：', 'rv.after': '新：', 'rv.added': '＋新增', 'rv.removed': '－删除',
  'rv.decide.first': '审核意见', 'rv.decide.secrecy': '保密审查意见', 'rv.approve.first': '审核通过', 'rv.approve.secrecy': '保密审查通过并发布', 'rv.return': '退回修改',
  'rv.reason': '意见或退回理由', 'rv.h.reason': '退回时必须填写，起草人会在办理记录中看到。', 'rv.v.reason': '退回时请填写理由',
  'rv.send.first': '提交审核意见', 'rv.send.secrecy': '提交保密审查意见', 'rv.reload': '重新加载',
  'rv.notYours': '该版本当前不在您可办理的审查环节。', 'rv.back': '返回队列',
  'rv.done.REVIEWED': '审核已通过，已转保密审查。', 'rv.done.DRAFT': '已退回起草人修改。', 'rv.done.PUBLISHED': '保密审查已通过，内容已发布。', 'rv.done.APPROVED': '保密审查已通过，将按设定时间发布。',
  'ed.repeal.title': '废止已公开的内容', 'ed.repeal.reason': '废止理由', 'ed.repeal.hint': '立即生效，不经审查；公众仍可查阅，并标注已废止。理由记入变更记录。',
  'ed.repeal.submit': '废止', 'ed.repeal.v.reason': '请填写废止理由', 'ed.repeal.question': '确定废止{0} {1} 吗？废止立即生效，不能撤销。',
  'ed.repeal.confirm': '确认废止', 'ed.repeal.cancel': '不废止', 'ed.repeal.done': '{0} 已废止。', 'ed.repeal.view': '查看公开页面',
  'ed.amend.title': '修订已公开的内容', 'ed.amend.id': '事项编码或政策编号', 'ed.amend.hint': '生成新的草稿版本，经两级审查后替换现行版本；现行版本在此之前继续公开。', 'ed.amend.submit': '开始修订',
  'smslog.title': '短信日志', 'smslog.lead': '短信发送记录：号码已脱敏，不显示短信内容。',
  'smslog.stats': '近 30 天统计', 'smslog.period': '统计区间：{0} 至 {1}', 'smslog.messages': '发送记录', 'smslog.total': '共 {0} 条', 'smslog.none': '没有符合条件的短信。',
  'smslog.messagesCount': '短信条数', 'smslog.byStatus': '按状态', 'smslog.byTemplate': '按模板', 'smslog.byPriority': '按优先级',
  'smslog.col.created': '创建时间', 'smslog.col.template': '模板', 'smslog.col.phone': '号码', 'smslog.col.priority': '优先级', 'smslog.col.status': '状态',
  'smslog.col.segments': '分段数', 'smslog.col.attempts': '尝试次数', 'smslog.col.finished': '完成时间', 'smslog.col.failure': '失败原因',
  'smslog.status.QUEUED': '排队中', 'smslog.status.SENDING': '发送中', 'smslog.status.SUBMITTED': '已提交运营商', 'smslog.status.DELIVERED': '已送达',
  'smslog.status.FAILED': '发送失败', 'smslog.status.EXPIRED': '已过期',
  'smslog.priority.URGENT': '紧急', 'smslog.priority.NORMAL': '普通', 'smslog.priority.BULK': '批量',
  // end of editorial console

  // staff console (complaint side), transparency dashboard and rating: keep this block last in the section
  'nav.dashboard': '透明度看板', 'home.stats.dashboard': '查看投诉办理透明度看板（受理、办结、按期答复率、满意度）',
  'console.title': '投诉工作台', 'console.open': '进入投诉工作台', 'console.signInFirst': '请先登录。工作台仅供本局工作人员使用，登录有效期结束后需要重新登录。',
  'console.who': '当前用户：{0}（{1}）', 'console.roles': '角色：{0}', 'console.department': '部门：{0}', 'console.account': '账户与退出',
  'console.noRole': '您的角色没有投诉办理或预警查看权限。', 'console.allStatuses': '全部状态', 'console.status': '办理状态',
  'console.onlyOverdue': '只看已超期', 'console.filter': '筛选', 'console.queue': '投诉队列', 'console.queueHint': '按剩余答复时间排列，最紧急的在前；颜色和文字同时标示预警等级。',
  'console.queueEmpty': '队列中没有符合条件的投诉。', 'console.queueCount': '共 {0} 件', 'console.received': '收到 {0}', 'console.due': '答复期限 {0}', 'console.acceptDue': '受理期限 {0}',
  'console.assignedTo': '承办：{0} {1}', 'console.unassigned': '尚未转办',
  'console.u.paused': '期限中止（待补正）', 'console.u.red': '红色预警 · 已超期', 'console.u.redDays': '红色预警 · 已超期 {0} 个工作日',
  'console.u.yellow': '黄色预警 · 今日到期', 'console.u.blue': '蓝色预警 · 剩 {0} 个工作日', 'console.u.none': '剩 {0} 个工作日',
  'console.level.RED': '红色预警', 'console.level.YELLOW': '黄色预警', 'console.level.BLUE': '蓝色预警', 'console.level.ACCEPTANCE': '受理超期',
  'console.warnings': '实时预警', 'console.warningsHint': '电子监察系统按期限自动生成的预警信号；新预警会实时出现在最上方。签收时可填写处理说明。',
  'console.warnings.open': '只看未签收的预警', 'console.warnings.all': '查看全部预警（含已签收）', 'console.warnings.none': '目前没有需要签收的预警。',
  'console.warnings.fresh': '新', 'console.warnings.occurrence': '第 {0} 次', 'console.warnings.raised': '发出 {0}', 'console.warnings.to': '通知：{0}',
  'console.recipient.HANDLER': '承办人', 'console.recipient.UNIT_HEAD': '科室负责人', 'console.recipient.SUPERVISION_CENTER': '监察中心',
  'console.feed.connecting': '正在连接实时预警……', 'console.feed.live': '● 实时预警已连接', 'console.feed.retry': '实时预警连接中断，{0} 秒后重新连接……',
  'console.feed.refused': '无法接收实时预警：登录已失效或无权限，请重新登录。', 'console.feed.expired': '登录已过期，实时预警已停止，请重新登录。',
  'console.feed.new': '新预警：{0}，投诉 {1}', 'console.ack.note': '签收说明', 'console.ack.submit': '签收', 'console.ack.done': '已由 {0} 于 {1} 签收',
  'console.ack.announce': '投诉 {0} 的预警已签收', 'console.recipient': '{0}（{1}）', 'list.join': '、', 'dash.item': '{0}：{1}', 'dash.join': '；',
  'role.ADMIN': '系统管理员', 'role.EDITOR': '公开信息编辑', 'role.REVIEWER': '审核人', 'role.SECRECY_REVIEWER': '保密审查员', 'role.CLERK': '投诉受理员',
  'role.HANDLER': '承办人', 'role.UNIT_HEAD': '科室负责人', 'role.SUPERVISOR': '纪检监察员', 'role.SERVICE': '系统服务',
  'case.channel': '来源渠道', 'case.channel.ONLINE': '网上投诉', 'case.channel.HOTLINE': '热线电话', 'case.channel.LETTER': '来信', 'case.channel.VISIT': '来访', 'case.channel.SMS': '短信',
  'case.acceptDue': '受理期限', 'case.accepted': '受理时间', 'case.daysLeft': '剩余工作日', 'case.complainedAbout': '被投诉部门', 'case.powerCode': '权力事项编码',
  'case.assignedDepartment': '承办部门', 'case.handler': '承办人', 'case.complainant': '投诉人', 'case.reopened': '重新办理次数',
  'case.identity.ANONYMOUS': '匿名', 'case.identity.ANONYMOUS_TO_YOU': '对您匿名（您所在部门是被投诉部门）',
  'case.supplements': '投诉人补充材料', 'case.replies': '答复', 'case.onTime': '按期', 'case.late': '逾期', 'case.ratings': '投诉人评价', 'case.byComplainant': '投诉人',
  'case.suspendTitle': '中止期限（待补正）', 'case.f.suspendReason': '需要投诉人补正的内容（投诉人可见）', 'case.suspend': '中止期限',
  'case.done.suspended': '期限已中止，投诉人补充材料后自动恢复计时。', 'case.resumeTitle': '恢复计时', 'case.suspendedSince': '期限自 {0} 起中止：{1}',
  'case.resume': '恢复计时', 'case.done.resumed': '已恢复计时，剩余的答复时限从现在起继续计算。',
  'case.unsealTitle': '投诉人身份信息', 'case.unsealLead': '完整姓名、手机号和身份证号须说明查看理由后显示；每次查看都会记录在案，纪检监察可查。',
  'case.f.unsealReason': '查看理由', 'case.v.unsealReason': '请填写查看理由', 'case.unseal': '查看身份信息',
  'case.unsealed.name': '姓名', 'case.unsealed.phone': '手机号码', 'case.unsealed.idNumber': '身份证号', 'case.unsealed.none': '未提供',
  'case.unsealed.done': '身份信息已显示，本次查看已记录。',
  'case.actions': '办理操作', 'case.noActions': '当前状态下您没有可执行的操作。', 'case.accept': '受理', 'case.rejectTitle': '不予受理',
  'case.f.reason': '不予受理的理由（投诉人可见）', 'case.reject': '不予受理', 'case.assignTitle': '转办', 'case.reassignTitle': '改派',
  'case.f.department': '承办部门', 'case.f.handler': '承办人用户名', 'case.h.handler': '承办人的登录用户名，例如 handler。', 'case.assign': '转办', 'case.reassign': '改派',
  'case.v.department': '请选择承办部门', 'case.v.handler': '请输入承办人用户名', 'case.f.reply': '答复内容（投诉人可见）', 'case.reply': '答复',
  'case.closeHint': '投诉人评价后自动办结；答复 7 日后仍未评价的，可在此办结。', 'case.close': '办结',
  'case.done.accepted': '已受理。', 'case.done.rejected': '已不予受理，理由已告知投诉人。', 'case.done.assigned': '已转办至 {0}，承办人 {1}。',
  'case.done.replied': '已答复，投诉人可查看并评价。', 'case.done.closed': '已办结。',
  'rating.SATISFIED': '满意', 'rating.BASICALLY_SATISFIED': '基本满意', 'rating.DISSATISFIED': '不满意',
  'action.RECORDED': '登记投诉', 'action.SUSPENDED': '中止期限（待补正）', 'action.RESUMED': '恢复计时', 'action.SUPPLEMENTED': '补充材料', 'action.REOPENED': '重新办理',
  'action.RATED_SATISFIED': '评价：满意', 'action.RATED_BASICALLY_SATISFIED': '评价：基本满意', 'action.RATED_DISSATISFIED': '评价：不满意',
  'follow.title': '补充材料或撤回投诉', 'follow.text': '补充内容', 'follow.hint': '如被要求补正，提交后答复期限恢复计算。最多 5000 字。',
  'follow.submit': '提交补充材料', 'follow.v.required': '请填写补充内容', 'follow.added': '补充材料已收到，将一并办理。',
  'follow.given': '您补充的材料', 'follow.withdrawTitle': '撤回投诉', 'follow.withdrawLead': '撤回后本投诉不再办理，且不能恢复；如仍有诉求，可重新提交投诉。',
  'follow.withdraw': '撤回投诉', 'follow.question': '确定撤回本投诉吗？撤回后不能恢复。', 'follow.confirm': '确认撤回', 'follow.cancel': '不撤回',
  'follow.withdrawn': '投诉已撤回，不再办理。',
  'rate.title': '评价答复', 'rate.lead': '请对本次答复作出评价。选择“不满意”的，投诉将重新办理一次，并重新计算答复期限。', 'rate.grade': '您对答复是否满意',
  'rate.hint': '请选择一项。', 'rate.comment': '评价意见', 'rate.submit': '提交评价', 'rate.v.grade': '请选择满意程度',
  'rate.given': '您的评价：{0}（{1}）', 'rate.reopened': '投诉已重新办理，新的答复期限：{0}。',
  'rate.thanksClosed': '感谢您的评价，本投诉已办结。', 'rate.thanksReopened': '感谢您的评价。投诉已重新办理，我们将在新的期限内再次答复。',
  'dash.title': '透明度看板', 'dash.lead': '按投诉记录实时统计（含超期未办的投诉）：收到和办结数量、按期答复率、平均答复用时，以及各部门满意度。满意度低于 70% 的部门将被约谈。',
  'dash.from': '收到日期自', 'dash.to': '收到日期至', 'dash.departmentFilter': '承办部门', 'dash.allDepartments': '全部部门', 'dash.apply': '统计', 'dash.reset': '清除条件',
  'dash.periodAll': '全部时间', 'dash.periodRange': '{0} 至 {1}', 'dash.scope': '统计范围：{0}，{1}', 'dash.none': '该范围内没有投诉。',
  'dash.received': '收到', 'dash.accepted': '受理', 'dash.closed': '办结', 'dash.onTime': '按期答复率', 'dash.onTimeNote': '办结 {1} 件中按期答复 {0} 件',
  'dash.avgReply': '平均答复用时', 'dash.p90': '90% 在 {0} 个工作日内答复', 'dash.overdue': '当前超期未答复', 'dash.satisfaction': '满意率', 'dash.rated': '共 {0} 件作出评价',
  'dash.days': '{0} 个工作日', 'dash.charts': '图表', 'dash.chart.volume': '每月收到与办结的投诉（件）', 'dash.sum.volume': '收到 {0} 件，办结 {1} 件',
  'dash.chart.onTime': '每月按期答复率', 'dash.chart.reply': '每月平均答复用时（工作日）', 'dash.chart.satisfaction': '各部门满意率',
  'dash.floor': '70% 约谈线', 'dash.flag': '低于 70%', 'dash.byDepartment': '各部门统计', 'dash.department': '部门', 'dash.period': '月份',
  'dash.unassigned': '未指定部门', 'dash.noData': '暂无评价', 'dash.table': '查看数据表',
  'dash.method': '说明：按收到投诉的日期统计；答复用时按工作日计算（扣除周末和法定节假日）；满意率为作出评价的投诉中“满意”和“基本满意”所占比例，低于 {0}% 的部门标记为需约谈。',
};

const en = {
  'site.name': 'Sunshine Affairs', 'site.bureau': 'Xiangzhong Tax Bureau', skip: 'Skip to content', 'nav.label': 'Main',
  'nav.home': 'Home', 'nav.powers': 'Power catalog', 'nav.search': 'Policies', 'nav.complaint': 'File a complaint', 'nav.track': 'Track a complaint', 'nav.calculator': 'Deadlines',
  'footer.phone': 'Supervision hotline', 'footer.staff': 'Staff sign-in', 'footer.api': 'Open API documentation', 'footer.note': 'All times are Beijing time.',
  'lang.switch': '中文', 'lang.switchLabel': '切换到中文',
  loading: 'Loading…', 'notFound.title': 'Page not found', 'notFound.home': 'Back to the home page', 'error.title': 'Something went wrong',
  'error.network': 'The network connection failed; check it and try again.', 'error.unavailable': 'The service is unavailable for a moment; try again shortly.', 'error.status': 'Request failed ({0})',
  'risk.HIGH': 'High risk', 'risk.MEDIUM': 'Medium risk', 'risk.LOW': 'Low risk', 'validity.VALID': 'In force', 'validity.REPEALED': 'Repealed',
  'pager.label': 'Pages', 'pager.prev': 'Previous', 'pager.next': 'Next', 'pager.status': 'Page {0} of {1}', 'form.optional': ' (optional)', breadcrumb: 'You are here',
  'limit.working': '{0} working days', 'limit.calendar': '{0} calendar days',

  'home.title': 'Welcome to Sunshine Affairs', 'home.lead': 'The Xiangzhong Tax Bureau publishes its list of administrative powers and its policies for public scrutiny. If our work falls short, file a complaint online and follow it.',
  'home.search.label': 'Search policies and power items', 'home.search.placeholder': 'e.g. 小型微利企业 or a document number',
  'home.disclosed': 'What we disclose', 'home.powers.text': 'For every administrative power: legal basis, steps, time limits, fees, responsible post, integrity risk and supervision phone.',
  'home.policies.text': 'Tax laws, preferential policies, filing guides and Q&A, by keyword or document number.',
  'home.complaint.text': 'Complain, report misconduct or make a suggestion, under your name or anonymously.',
  'home.track.text': 'See progress, the reply and the due date with your tracking number and access code.',
  'home.calculator.text': 'Count working days the official way (weekends and public holidays off, make-up working days on).',
  'home.count.items': '{0} items', 'home.count.docs': '{0} documents',
  'home.stats.title': 'Published figures', 'home.stats.powers': 'Power items by category', 'home.stats.policies': 'Policy documents by category',
  'home.stats.none': 'The figures cannot be loaded right now.',

  'powers.title': 'Power catalog', 'powers.lead': 'Every administrative power of the bureau, by category, department or integrity risk level.',
  'powers.byCategory': 'Browse by category', 'powers.allCategories': 'All categories', 'powers.keyword': 'Keyword in the item name', 'powers.department': 'Department',
  'powers.risk': 'Integrity risk level', 'powers.all': 'All', 'powers.apply': 'Filter', 'powers.reset': 'Clear filters',
  'powers.summary': '{1}: {0} items', 'powers.none': 'No power item matches.', 'powers.committed': 'Committed limit ', 'powers.stepLimit': 'within {0} working days',
  'powers.repealed': 'Abolished', 'powers.asOf': 'Version {0} · published {1} (this page is authoritative)',
  'powers.f.code': 'Code', 'powers.f.category': 'Category', 'powers.f.department': 'Department', 'powers.f.post': 'Responsible post',
  'powers.f.statutory': 'Statutory limit', 'powers.f.committed': 'Committed limit', 'powers.f.fees': 'Fees', 'powers.f.phone': 'Supervision phone',
  'powers.f.riskPoint': 'Risk', 'powers.f.controls': 'Controls', 'powers.f.watchedBy': 'Watched by',
  'powers.steps': 'Steps', 'powers.conditions': 'Conditions', 'powers.materials': 'Documents to bring', 'powers.legalBasis': 'Legal basis',
  'powers.riskTitle': 'Integrity risk and controls', 'powers.complain': 'Unhappy with how this was handled? File a complaint',

  'search.title': 'Policy search', 'search.label': 'Keywords', 'search.placeholder': 'e.g. 小型微利企业', 'search.submit': 'Search',
  'search.docNumber.label': 'Find by document number', 'search.docNumber.placeholder': 'e.g. 国家税务总局公告2023年第12号', 'search.docNumber.submit': 'Find',
  'search.docNumber.empty': 'Enter a document number.', 'search.docNumber.notFound': 'No policy has the document number “{0}”; check it.',
  'search.facets': 'Refine', 'search.summary': '{1} results for “{0}” ({2} ms)', 'search.browse': '{0} documents, newest first',
  'search.none': 'Nothing found. Try another word or fewer filters.', 'search.clear': '× Any',
  'search.facet.type': 'Type', 'search.facet.category': 'Category', 'search.facet.issuer': 'Issuer', 'search.facet.year': 'Year', 'search.facet.validity': 'Validity',
  'search.type.policy': 'Policy', 'search.type.power': 'Power item',
  'policy.asOf': 'Version {0} · published {1}', 'policy.f.docNumber': 'Document number', 'policy.f.issuer': 'Issuer', 'policy.f.category': 'Category',
  'policy.f.issuedOn': 'Issued', 'policy.f.effectiveOn': 'Effective', 'policy.f.repealedOn': 'Repealed', 'policy.f.validity': 'Validity', 'policy.body': 'Text',

  'complaint.title': 'File a complaint', 'complaint.lead': 'We reply within the working days set for each type (conduct, misconduct reports and suggestions: 5; service quality and rights: 10).',
  'complaint.required': 'All fields are required unless marked optional.', 'complaint.choose': 'Choose', 'complaint.noDepartment': 'Not sure / none',
  'complaint.type.CONDUCT': 'Staff conduct', 'complaint.type.SERVICE': 'Service quality', 'complaint.type.RIGHTS': 'Taxpayer rights', 'complaint.type.INTEGRITY_REPORT': 'Misconduct report', 'complaint.type.SUGGESTION': 'Suggestion',
  'complaint.f.type': 'Type', 'complaint.f.department': 'Department concerned', 'complaint.f.powerCode': 'Power item code', 'complaint.f.subject': 'Subject',
  'complaint.f.content': 'Your complaint', 'complaint.f.anonymous': 'Anonymous complaint', 'complaint.f.name': 'Name', 'complaint.f.phone': 'Mobile number', 'complaint.f.idNumber': 'Resident ID number',
  'complaint.h.type': 'The type sets the reply limit.', 'complaint.h.powerCode': 'On the item\'s page in the power catalog, e.g. XZCF-0001.', 'complaint.h.subject': 'One line, at most 100 characters.',
  'complaint.h.phone': '11-digit mainland mobile number, for progress text messages.', 'complaint.h.idNumber': '18-character resident ID number.',
  'complaint.count': '{0} of {1} characters', 'complaint.anonymity': 'Named or anonymous',
  'complaint.anonymousExplained': 'If you stay anonymous we collect no name, phone or ID number, so we cannot contact you or text you; you follow the complaint only with the tracking number and access code shown after filing. A named complaint lets us check facts and keep you informed.',
  'complaint.identity': 'About you', 'complaint.privacy': 'Your personal data is stored encrypted, used only for this complaint and never shown to the person complained about.',
  'complaint.submit': 'Submit', 'complaint.sending': 'Submitting…', 'complaint.errors': '{0} fields need attention:',
  'complaint.v.type': 'Choose a type', 'complaint.v.required': 'must not be blank', 'complaint.v.tooLong': 'must be at most {0} characters',
  'complaint.v.powerCode': 'must look like XZCF-0001 (2–8 capital letters, a dash, digits)', 'complaint.v.realName': 'is required for a real-name complaint',
  'complaint.v.phone': 'must be a mainland mobile number (11 digits starting with 1)', 'complaint.v.idNumber': 'is not a valid resident ID number (check digit wrong or wrong length)',
  'receipt.title': 'Complaint received', 'receipt.once': 'Write down or print the tracking number and access code now. The access code is shown only this once and cannot be recovered.',
  'receipt.number': 'Tracking number', 'receipt.code': 'Access code', 'receipt.copyNumber': 'Copy tracking number', 'receipt.copyCode': 'Copy access code', 'receipt.copyBoth': 'Copy both',
  'receipt.print': 'Print', 'receipt.track': 'Track it', 'receipt.copied': 'Copied to the clipboard.', 'receipt.copyFailed': 'Could not copy; please write it down.',
  'receipt.due': 'Reply due: {0}',

  'track.title': 'Track a complaint', 'track.lead': 'Enter the tracking number and access code you were given when filing.', 'track.f.number': 'Tracking number', 'track.f.code': 'Access code',
  'track.h.number': 'e.g. T241108-K7M2QP, in capitals or not.', 'track.h.code': '27 letters and digits (no 0, 1, I, L, O, U); spaces and letter case do not matter.', 'track.submit': 'Track',
  'track.v.number': 'Enter the tracking number', 'track.v.code': 'Enter the access code', 'track.status': 'Status: ', 'track.type': 'Type',
  'track.received': 'Received', 'track.due': 'Reply due', 'track.limit': 'Reply limit', 'track.reply': 'Reply', 'track.noReply': 'No reply yet.',
  'track.timeline': 'History', 'track.content': 'Your complaint', 'track.why': 'How the due date was worked out',
  'status.RECEIVED': 'Received', 'status.ACCEPTED': 'Accepted', 'status.REJECTED': 'Not accepted', 'status.ASSIGNED': 'Assigned', 'status.REPLIED': 'Replied', 'status.CLOSED': 'Closed', 'status.WITHDRAWN': 'Withdrawn',
  'action.FILED': 'Filed', 'action.ACCEPTED': 'Accepted', 'action.REJECTED': 'Not accepted', 'action.ASSIGNED': 'Assigned', 'action.REASSIGNED': 'Reassigned',
  'action.REPLIED': 'Replied', 'action.CLOSED': 'Closed', 'action.WITHDRAWN': 'Withdrawn', 'action.RATED': 'Rated',
  'due.ruleWorking': 'The limit is {0} working days, counted from the day after receipt; weekends and public holidays do not count, make-up working weekends do; it ends at midnight of the last day.',
  'due.ruleCalendar': 'The limit is {0} calendar days from the day after receipt; if the last day is a holiday, it moves to the next working day.',
  'due.result': 'Due: ', 'due.counted': 'The {0} working days counted', 'due.skipped': 'The {0} days not counted',
  'due.estimated': 'Note: the holidays of {0} are not yet published; only weekends were skipped, so this may change.',

  'calc.title': 'Deadline calculator', 'calc.lead': 'The rule the bureau applies to complaint replies: enter when it starts and the limit, and see the due date with every day counted or skipped.',
  'calc.f.from': 'Received at (Beijing time)', 'calc.h.from': 'Counting starts the next day.', 'calc.f.days': 'Number of days', 'calc.f.unit': 'Count',
  'calc.working': 'Working days', 'calc.calendar': 'Calendar days', 'calc.submit': 'Calculate', 'calc.result': 'Result',
  'calc.v.from': 'Choose the date and time of receipt', 'calc.v.days': 'must be a whole number from 0 to 365',

  'signin.title': 'Staff sign-in', 'signin.lead': 'For bureau staff who handle complaints and review disclosures.', 'signin.f.username': 'User name', 'signin.f.password': 'Password',
  'signin.submit': 'Sign in', 'signin.v.username': 'Enter your user name', 'signin.v.password': 'Enter your password', 'signin.bad': 'Wrong user name or password.',
  'signin.done': 'Signed in as {0}. The sign-in lasts while this tab is open; closing it or signing out ends it.', 'signin.out': 'Sign out', 'header.staff': 'Staff: {0}',
  'signin.provider.lead': 'Bureau staff sign in with their unified identity account and come back to this page.', 'signin.provider.go': 'Sign in with unified identity', 'signin.provider.failed': 'The sign-in with unified identity did not complete; please sign in again.',
  // editorial console
  'ed.nav.label': 'Consoles', 'ed.nav.drafts': 'My drafts', 'ed.nav.first': 'First review queue', 'ed.nav.secrecy': 'Confidentiality review queue', 'ed.nav.sms': 'SMS log',
  'ed.expired': 'Your sign-in has expired; please sign in again.', 'ed.stale': 'Someone changed this in the meantime; reload and try again.', 'ed.forbidden': 'Your account may not use this page.',
  'ed.signInFirst': 'Please sign in first.', 'ed.toSignIn': 'Go to staff sign-in',
  'ed.title': 'Disclosure editing', 'ed.lead': 'Draft power items and policies; once submitted they pass a first review and a confidentiality review (by different people) before they are published.',
  'ed.newPower': 'New power item', 'ed.newPolicy': 'New policy', 'ed.mine': 'My versions in work', 'ed.none': 'No drafts in work.',
  'ed.col.title': 'Name', 'ed.col.kind': 'Kind', 'ed.col.version': 'Version', 'ed.col.state': 'State', 'ed.col.authors': 'Authors', 'ed.col.changed': 'Last change',
  'ed.kind.power': 'Power item', 'ed.kind.policy': 'Policy', 'ed.versionN': 'version {0}',
  'ed.state.DRAFT': 'Draft', 'ed.state.SUBMITTED': 'Awaiting first review', 'ed.state.REVIEWED': 'Awaiting confidentiality review', 'ed.state.APPROVED': 'Approved, to be published',
  'ed.state.PUBLISHED': 'Published', 'ed.state.SUPERSEDED': 'Superseded', 'ed.state.REPEALED': 'Repealed',
  'ed.waiting.SUBMITTED': 'Submitted; waiting for the first review.', 'ed.waiting.REVIEWED': 'First review passed; waiting for the confidentiality review.', 'ed.waiting.APPROVED': 'Both reviews passed; it will be published at the time set.',
  'ed.notInWork': 'This item has no version in work (it may be published).', 'ed.publicPage': 'See the public page',
  'ed.draftTitle': 'Edit draft', 'ed.saveDraft': 'Save draft', 'ed.submit': 'Save and submit for review', 'ed.cancel': 'Cancel', 'ed.saved': 'Draft saved.', 'ed.submitted': 'Submitted for review.',
  'ed.history': 'History', 'ed.reason': 'Reason',
  'ed.tr.CREATE': 'Draft created', 'ed.tr.EDIT': 'Draft edited', 'ed.tr.SUBMIT': 'Submitted', 'ed.tr.REVIEW_APPROVE': 'First review approved', 'ed.tr.REVIEW_RETURN': 'Returned at first review',
  'ed.tr.SECRECY_APPROVE': 'Confidentiality review approved', 'ed.tr.SECRECY_RETURN': 'Returned at confidentiality review', 'ed.tr.PUBLISH': 'Published', 'ed.tr.AMEND': 'Amended', 'ed.tr.REPEAL': 'Repealed', 'ed.tr.IMPORT': 'Imported',
  'ed.g.basic': 'Basics', 'ed.g.limits': 'Time limits, fees and requirements', 'ed.basisN': 'Basis {0}', 'ed.stepN': 'Step {0}', 'ed.addBasis': '+ Add a legal basis', 'ed.addStep': '+ Add a step',
  'ed.f.title': 'Title', 'ed.f.name': 'Item name', 'ed.f.subItem': 'Sub-item', 'ed.f.law': 'Law or regulation', 'ed.f.article': 'Article', 'ed.f.lawText': 'Text of the article',
  'ed.f.stepName': 'Step name', 'ed.f.stepDays': 'Step limit (working days)', 'ed.f.days': ' (days)', 'ed.f.unit': ' (count)', 'ed.f.feeBasis': 'Fee basis',
  'ed.h.code': 'Category code, a dash and digits, e.g. XZJL-0101; cannot change once saved.', 'ed.h.docNumber': 'e.g. 湘中税发〔2026〕1号; 〔〕, [] and （） are the same.',
  'ed.h.body': 'One paragraph per line.', 'ed.h.materials': 'One per line.',
  'ed.v.code': 'must look like XZJL-0101 (2–8 capital letters, a dash, digits)', 'ed.v.codeCategory': 'must start with the chosen category\'s code {0}-',
  'ed.v.choose': 'Choose one', 'ed.v.phone': 'must be a phone number such as 0738-12366', 'ed.v.days': 'must be a whole number from 0 to {0}',
  'ed.v.date': 'must be a valid date', 'ed.v.effectiveBefore': 'cannot be before the issue date',
  'rv.title.first': 'First review queue', 'rv.title.secrecy': 'Confidentiality review queue',
  'rv.lead.first': 'Drafts waiting for the first review; your own drafts are not listed.', 'rv.lead.secrecy': 'Versions that passed the first review and wait for the confidentiality review; nothing you wrote or reviewed is listed. Approval publishes.',
  'rv.count': '{0} waiting', 'rv.empty': 'Nothing is waiting.', 'rv.itemTitle': 'Review', 'rv.firstReviewer': 'First reviewer',
  'rv.diff': 'Changes against the public version', 'rv.diffAgainst': 'Compared with version {0}, the public one.', 'rv.diffFirst': 'First publication: everything below is new.', 'rv.noChanges': 'Nothing changed from the public version.',
  'rv.before': 'Old:', 'rv.after': 'New:', 'rv.added': '+ added', 'rv.removed': '− removed',
  'rv.decide.first': 'First review', 'rv.decide.secrecy': 'Confidentiality review', 'rv.approve.first': 'Approve', 'rv.approve.secrecy': 'Approve and publish', 'rv.return': 'Return for changes',
  'rv.reason': 'Comment or reason for returning', 'rv.h.reason': 'Required when returning; the author sees it in the history.', 'rv.v.reason': 'Give a reason for returning it',
  'rv.send.first': 'Send first review', 'rv.send.secrecy': 'Send confidentiality review', 'rv.reload': 'Reload',
  'rv.notYours': 'This version is not at a review step you may take.', 'rv.back': 'Back to the queue',
  'rv.done.REVIEWED': 'Approved; passed on to the confidentiality review.', 'rv.done.DRAFT': 'Returned to the author.', 'rv.done.PUBLISHED': 'Approved; it is now published.', 'rv.done.APPROVED': 'Approved; it will be published at the time set.',
  'ed.repeal.title': 'Repeal published content', 'ed.repeal.reason': 'Reason for repealing', 'ed.repeal.hint': 'Takes effect at once, without review; the public can still read it, marked repealed. The reason goes into its history.',
  'ed.repeal.submit': 'Repeal', 'ed.repeal.v.reason': 'Give the reason for repealing', 'ed.repeal.question': 'Repeal {0} {1}? It takes effect at once and cannot be undone.',
  'ed.repeal.confirm': 'Repeal it', 'ed.repeal.cancel': 'Keep it', 'ed.repeal.done': '{0} is repealed.', 'ed.repeal.view': 'See the public page',
  'ed.amend.title': 'Amend published content', 'ed.amend.id': 'Item code or policy id', 'ed.amend.hint': 'Starts a new draft version that replaces the public one after both reviews; the public version stays until then.', 'ed.amend.submit': 'Start amendment',
  'smslog.title': 'SMS log', 'smslog.lead': 'Messages sent: numbers masked, texts never shown.',
  'smslog.stats': 'Last 30 days', 'smslog.period': 'From {0} to {1}', 'smslog.messages': 'Messages', 'smslog.total': '{0} messages', 'smslog.none': 'No message matches.',
  'smslog.messagesCount': 'Messages', 'smslog.byStatus': 'By status', 'smslog.byTemplate': 'By template', 'smslog.byPriority': 'By priority',
  'smslog.col.created': 'Created', 'smslog.col.template': 'Template', 'smslog.col.phone': 'Number', 'smslog.col.priority': 'Priority', 'smslog.col.status': 'Status',
  'smslog.col.segments': 'Segments', 'smslog.col.attempts': 'Attempts', 'smslog.col.finished': 'Finished', 'smslog.col.failure': 'Failure',
  'smslog.status.QUEUED': 'Queued', 'smslog.status.SENDING': 'Sending', 'smslog.status.SUBMITTED': 'With the carrier', 'smslog.status.DELIVERED': 'Delivered',
  'smslog.status.FAILED': 'Failed', 'smslog.status.EXPIRED': 'Expired',
  'smslog.priority.URGENT': 'Urgent', 'smslog.priority.NORMAL': 'Normal', 'smslog.priority.BULK': 'Bulk',
  // end of editorial console

  // staff console (complaint side), transparency dashboard and rating: keep this block last in the section
  'nav.dashboard': 'Transparency', 'home.stats.dashboard': 'See the transparency dashboard (complaints received and closed, on-time replies, satisfaction)',
  'console.title': 'Complaint console', 'console.open': 'Open the complaint console', 'console.signInFirst': 'Please sign in first. The console is for bureau staff; sign in again when your sign-in expires.',
  'console.who': 'Signed in: {0} ({1})', 'console.roles': 'Roles: {0}', 'console.department': 'Department: {0}', 'console.account': 'Account and sign-out',
  'console.noRole': 'Your role may neither handle complaints nor see warnings.', 'console.allStatuses': 'All statuses', 'console.status': 'Status',
  'console.onlyOverdue': 'Overdue only', 'console.filter': 'Filter', 'console.queue': 'Complaint queue', 'console.queueHint': 'Soonest due first; warning levels are shown in colour and in words.',
  'console.queueEmpty': 'No complaint in the queue matches.', 'console.queueCount': '{0} complaints', 'console.received': 'received {0}', 'console.due': 'reply due {0}', 'console.acceptDue': 'accept by {0}',
  'console.assignedTo': 'handled by {0} {1}', 'console.unassigned': 'not assigned yet',
  'console.u.paused': 'Clock stopped (awaiting information)', 'console.u.red': 'Red · overdue', 'console.u.redDays': 'Red · {0} working days overdue',
  'console.u.yellow': 'Yellow · due today', 'console.u.blue': 'Blue · {0} working days left', 'console.u.none': '{0} working days left',
  'console.level.RED': 'Red warning', 'console.level.YELLOW': 'Yellow warning', 'console.level.BLUE': 'Blue warning', 'console.level.ACCEPTANCE': 'Acceptance overdue',
  'console.warnings': 'Live warnings', 'console.warningsHint': 'Warning signals raised by the deadline scan; new ones appear at the top as they are raised. Acknowledge them with a note.',
  'console.warnings.open': 'Unacknowledged only', 'console.warnings.all': 'All warnings (with acknowledged)', 'console.warnings.none': 'No warning waits for acknowledgement.',
  'console.warnings.fresh': 'New', 'console.warnings.occurrence': 'occurrence {0}', 'console.warnings.raised': 'raised {0}', 'console.warnings.to': 'Sent to: {0}',
  'console.recipient.HANDLER': 'handler', 'console.recipient.UNIT_HEAD': 'unit head', 'console.recipient.SUPERVISION_CENTER': 'supervision center',
  'console.feed.connecting': 'Connecting to live warnings…', 'console.feed.live': '● Live warnings connected', 'console.feed.retry': 'Live warnings disconnected; reconnecting in {0} s…',
  'console.feed.refused': 'Live warnings refused: your sign-in ended or lacks the right; sign in again.', 'console.feed.expired': 'Your sign-in expired and live warnings stopped; sign in again.',
  'console.feed.new': 'New warning: {0}, complaint {1}', 'console.ack.note': 'Acknowledgement note', 'console.ack.submit': 'Acknowledge', 'console.ack.done': 'Acknowledged by {0} at {1}',
  'console.ack.announce': 'Warning on complaint {0} acknowledged', 'console.recipient': '{0} ({1})', 'list.join': ', ', 'dash.item': '{0}: {1}', 'dash.join': '; ',
  'role.ADMIN': 'Administrator', 'role.EDITOR': 'Disclosure editor', 'role.REVIEWER': 'Reviewer', 'role.SECRECY_REVIEWER': 'Secrecy reviewer', 'role.CLERK': 'Complaint clerk',
  'role.HANDLER': 'Handler', 'role.UNIT_HEAD': 'Unit head', 'role.SUPERVISOR': 'Integrity supervisor', 'role.SERVICE': 'Service',
  'case.channel': 'Channel', 'case.channel.ONLINE': 'Online', 'case.channel.HOTLINE': 'Hotline', 'case.channel.LETTER': 'Letter', 'case.channel.VISIT': 'Visit', 'case.channel.SMS': 'Text message',
  'case.acceptDue': 'Accept by', 'case.accepted': 'Accepted', 'case.daysLeft': 'Working days left', 'case.complainedAbout': 'Department complained about', 'case.powerCode': 'Power item code',
  'case.assignedDepartment': 'Handling department', 'case.handler': 'Handler', 'case.complainant': 'Complainant', 'case.reopened': 'Times reopened',
  'case.identity.ANONYMOUS': 'Anonymous', 'case.identity.ANONYMOUS_TO_YOU': 'Anonymous to you (your department is the one complained about)',
  'case.supplements': 'Information added by the complainant', 'case.replies': 'Replies', 'case.onTime': 'On time', 'case.late': 'Late', 'case.ratings': 'Ratings', 'case.byComplainant': 'complainant',
  'case.suspendTitle': 'Stop the clock (awaiting information)', 'case.f.suspendReason': 'What the complainant is asked to add (they read it)', 'case.suspend': 'Stop the clock',
  'case.done.suspended': 'The clock is stopped; it runs again when the complainant adds information.', 'case.resumeTitle': 'Restart the clock', 'case.suspendedSince': 'Clock stopped since {0}: {1}',
  'case.resume': 'Restart the clock', 'case.done.resumed': 'The clock runs again; the days that were left count from now.',
  'case.unsealTitle': 'Complainant\'s identity', 'case.unsealLead': 'The full name, phone and ID number are shown once you give a reason; every viewing is recorded and open to integrity staff.',
  'case.f.unsealReason': 'Reason for viewing', 'case.v.unsealReason': 'Give the reason for viewing', 'case.unseal': 'Show identity',
  'case.unsealed.name': 'Name', 'case.unsealed.phone': 'Mobile phone', 'case.unsealed.idNumber': 'ID number', 'case.unsealed.none': 'Not given',
  'case.unsealed.done': 'The identity is shown; this viewing was recorded.',
  'case.actions': 'Handling', 'case.noActions': 'There is nothing for you to do on it in this state.', 'case.accept': 'Accept', 'case.rejectTitle': 'Do not accept',
  'case.f.reason': 'Reason (the complainant reads it)', 'case.reject': 'Do not accept', 'case.assignTitle': 'Assign', 'case.reassignTitle': 'Reassign',
  'case.f.department': 'Handling department', 'case.f.handler': 'Handler user name', 'case.h.handler': 'The handler\'s sign-in name, e.g. handler.', 'case.assign': 'Assign', 'case.reassign': 'Reassign',
  'case.v.department': 'Choose the handling department', 'case.v.handler': 'Enter the handler\'s user name', 'case.f.reply': 'Reply (the complainant reads it)', 'case.reply': 'Reply',
  'case.closeHint': 'A rating closes it; if none comes within 7 days of the reply, close it here.', 'case.close': 'Close',
  'case.done.accepted': 'Accepted.', 'case.done.rejected': 'Not accepted; the complainant can read why.', 'case.done.assigned': 'Assigned to {0}, handler {1}.',
  'case.done.replied': 'Replied; the complainant can read and rate it.', 'case.done.closed': 'Closed.',
  'rating.SATISFIED': 'Satisfied', 'rating.BASICALLY_SATISFIED': 'Basically satisfied', 'rating.DISSATISFIED': 'Dissatisfied',
  'action.RECORDED': 'Recorded', 'action.SUSPENDED': 'Clock stopped (awaiting information)', 'action.RESUMED': 'Clock restarted', 'action.SUPPLEMENTED': 'Information added', 'action.REOPENED': 'Reopened',
  'action.RATED_SATISFIED': 'Rated: satisfied', 'action.RATED_BASICALLY_SATISFIED': 'Rated: basically satisfied', 'action.RATED_DISSATISFIED': 'Rated: dissatisfied',
  'follow.title': 'Add information or withdraw', 'follow.text': 'Information to add', 'follow.hint': 'If you were asked for missing information, the reply deadline runs again once you send it. At most 5,000 characters.',
  'follow.submit': 'Send information', 'follow.v.required': 'Enter the information to add', 'follow.added': 'Your information was received and will be handled with the complaint.',
  'follow.given': 'Information you added', 'follow.withdrawTitle': 'Withdraw the complaint', 'follow.withdrawLead': 'A withdrawn complaint is no longer handled and cannot be restored; you can file a new one.',
  'follow.withdraw': 'Withdraw the complaint', 'follow.question': 'Withdraw this complaint? This cannot be undone.', 'follow.confirm': 'Withdraw', 'follow.cancel': 'Keep it',
  'follow.withdrawn': 'The complaint was withdrawn and is no longer handled.',
  'rate.title': 'Rate the reply', 'rate.lead': 'Tell us what you think of the reply. If you are dissatisfied, the complaint is handled once more with a new deadline.', 'rate.grade': 'Are you satisfied with the reply?',
  'rate.hint': 'Choose one.', 'rate.comment': 'Comment', 'rate.submit': 'Send rating', 'rate.v.grade': 'Choose how satisfied you are',
  'rate.given': 'Your rating: {0} ({1})', 'rate.reopened': 'The complaint is being handled again; new reply deadline: {0}.',
  'rate.thanksClosed': 'Thank you for your rating; the complaint is closed.', 'rate.thanksReopened': 'Thank you for your rating. The complaint is being handled again and you will get another reply by the new deadline.',
  'dash.title': 'Transparency dashboard', 'dash.lead': 'Counted from the complaint records as they are now (overdue ones included): received and closed, on-time replies, average reply time and satisfaction by department. Departments below 70 % satisfaction are called in for a talk.',
  'dash.from': 'Received from', 'dash.to': 'Received until', 'dash.departmentFilter': 'Handling department', 'dash.allDepartments': 'All departments', 'dash.apply': 'Show', 'dash.reset': 'Clear',
  'dash.periodAll': 'all time', 'dash.periodRange': '{0} to {1}', 'dash.scope': 'Counted: {0}, {1}', 'dash.none': 'No complaint in this range.',
  'dash.received': 'Received', 'dash.accepted': 'Accepted', 'dash.closed': 'Closed', 'dash.onTime': 'Replied on time', 'dash.onTimeNote': '{0} of {1} closed complaints',
  'dash.avgReply': 'Average reply time', 'dash.p90': '90 % replied within {0} working days', 'dash.overdue': 'Overdue now', 'dash.satisfaction': 'Satisfied', 'dash.rated': '{0} rated',
  'dash.days': '{0} working days', 'dash.charts': 'Charts', 'dash.chart.volume': 'Complaints received and closed per month', 'dash.sum.volume': '{0} received, {1} closed',
  'dash.chart.onTime': 'On-time reply rate per month', 'dash.chart.reply': 'Average reply time per month (working days)', 'dash.chart.satisfaction': 'Satisfaction by department',
  'dash.floor': '70 % floor', 'dash.flag': 'below 70 %', 'dash.byDepartment': 'By department', 'dash.department': 'Department', 'dash.period': 'Month',
  'dash.unassigned': 'No department', 'dash.noData': 'not rated yet', 'dash.table': 'Show the numbers as a table',
  'dash.method': 'Counted by the date a complaint was received; reply time in working days (weekends and public holidays off); satisfaction is the share of rated complaints rated satisfied or basically satisfied, and departments below {0} % are flagged for a talk.',
};

let current = (() => {
  try {
    return localStorage.getItem(KEY) === 'en' ? 'en' : 'zh-CN';
  } catch {
    return 'zh-CN';
  }
})();

export const lang = () => current;

export function setLang(value) {
  current = value === 'en' ? 'en' : 'zh-CN';
  try {
    localStorage.setItem(KEY, current);
  } catch {
    // Private mode: the choice lasts for this page only.
  }
}

/** The text for a key in the current language, with {0}, {1}… filled in; a missing key shows its last part. */
export function t(key, ...args) {
  const text = (current === 'en' ? en : zh)[key] ?? zh[key] ?? key.split('.').pop();
  return text.replace(/\{(\d)\}/g, (_, index) => String(args[Number(index)] ?? ''));
}

/** Translates the static shell (elements with data-i18n / data-i18n-aria). */
export function applyStatic() {
  document.documentElement.lang = current;
  for (const node of document.querySelectorAll('[data-i18n]')) node.textContent = t(node.dataset.i18n);
  for (const node of document.querySelectorAll('[data-i18n-aria]')) node.setAttribute('aria-label', t(node.dataset.i18nAria));
  const button = document.getElementById('lang-switch');
  button.textContent = t('lang.switch');
  button.lang = current === 'en' ? 'zh-CN' : 'en';
  button.setAttribute('aria-label', t('lang.switchLabel'));
}

const ZONE = 'Asia/Shanghai';

/** An ISO date-time as Beijing time. */
export function formatDateTime(iso) {
  if (!iso) return '';
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  return new Intl.DateTimeFormat(current === 'en' ? 'en-GB' : 'zh-CN', {
    timeZone: ZONE, year: 'numeric', month: current === 'en' ? 'short' : 'long', day: 'numeric', hour: '2-digit', minute: '2-digit', hourCycle: 'h23',
  }).format(date);
}

/** A calendar date (yyyy-mm-dd), optionally with its weekday. */
export function formatDate(day, weekday = false) {
  if (!day) return '';
  const date = new Date(`${String(day).slice(0, 10)}T00:00:00Z`);
  if (Number.isNaN(date.getTime())) return String(day);
  return new Intl.DateTimeFormat(current === 'en' ? 'en-GB' : 'zh-CN', {
    timeZone: 'UTC', year: 'numeric', month: current === 'en' ? 'short' : 'long', day: 'numeric', weekday: weekday ? 'short' : undefined,
  }).format(date);
}

export function limitText(limit) {
  if (!limit) return '';
  return t(limit.unit === 'WORKING' ? 'limit.working' : 'limit.calendar', limit.days);
}
