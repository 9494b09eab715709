// expect: there is no GPU here
var available = torch.cuda.is_available();
var name = torch.cuda.get_device_name();
